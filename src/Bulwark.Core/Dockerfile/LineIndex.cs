using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>Turns 0-based character offsets of one file into 1-based line/column positions.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        Length = text.Length;
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
}
