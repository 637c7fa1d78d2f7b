using Bulwark.Diagnostics;

namespace Bulwark.DockerRun;

/// <summary>Turns character offsets of a text into 1-based line/column spans.</summary>
public sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public SourcePosition At(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(line + 1, offset - _lineStarts[line] + 1, offset);
    }

    public SourceSpan Span(int start, int end) => new(At(start), At(end));
}
