using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>Turns 0-based character offsets of one file into 1-based line/column positions.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
        : this(LineStarts(text), text.Length)
    {
    }

    /// <summary>From line starts already found (the parser's line table), so the text is scanned once.</summary>
    internal LineIndex(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        Length = length;
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line - 1];

    public SourcePosition Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourcePosition(index + 1, offset - _lineStarts[index] + 1, offset);
    }

    public SourceSpan Span(int start, int end) => new(Position(start), Position(Math.Max(start, end)));

    private static int[] LineStarts(string text)
    {
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts[line++] = i + 1;
        }

        return starts;
    }
}
