namespace Bulwark.Engine;

/// <summary>A file to read, or text already read (stdin), with the name to report it under.</summary>
public sealed record ScanInput(string Path, string? Text = null)
{
    public static ScanInput Stdin(string text) => new(SourceFile.StdinPath, text);
}
