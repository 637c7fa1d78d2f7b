using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>Turns 0-based character offsets of one file into 1-based line/column positions.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    // The line of the last position asked for: positions come in file order (a word's start, then its
    // end, then the next word), so it is usually the answer, or the line after it, without a search.
    // Only a hint, checked before use: a stale value from another thread costs a search, nothing else.
    private int _recentLine;

    public LineIndex(string text)
        : this(TextLines.Starts(text), text.Length)
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
        var index = LineOf(offset);
        return new SourcePosition(index + 1, offset - _lineStarts[index] + 1, offset);
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    private int LineOf(int offset)
    {
        var starts = _lineStarts;
        var recent = _recentLine;
        for (var line = recent; line <= recent + 1 && line < starts.Length; line++)
        {
            if (starts[line] <= offset && (line + 1 == starts.Length || offset < starts[line + 1]))
            {
                _recentLine = line;
                return line;
            }
        }

        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        _recentLine = index;
        return index;
    }

    public SourceSpan Span(int start, int end) => new(Position(start), Position(Math.Max(start, end)));
}
