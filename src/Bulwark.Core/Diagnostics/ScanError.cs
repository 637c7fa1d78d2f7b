namespace Bulwark.Diagnostics;

/// <summary>An input that could not be read or parsed (exit code 2), with the position the problem is at.</summary>
public sealed record ScanError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
