namespace Bulwark.Diagnostics;

/// <summary>A 1-based line/column position plus the 0-based character offset into the file text.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>A half-open range of source text: <see cref="End"/> is the position just after the last character.</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public static SourceSpan At(SourcePosition position) => new(position, position);

    public int Length => End.Offset - Start.Offset;

    public override string ToString() => $"{Start}-{End}";
}
