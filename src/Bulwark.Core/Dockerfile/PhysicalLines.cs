namespace Bulwark.Dockerfile;

/// <summary>The file's physical lines as offset ranges: content (without the line break) and the next line's start.</summary>
internal sealed class PhysicalLines
{
    private readonly List<(int Start, int ContentEnd, int Next)> _lines;

    public PhysicalLines(string text)
    {
        Text = text;
        _lines = new List<(int, int, int)>(text.AsSpan().Count('\n') + 1);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length : newline + 1;
            var end = newline < 0 ? text.Length : newline;
            while (end > start && text[end - 1] is '\r' or '\n')
            {
                end--;
            }

            _lines.Add((start, end, next));
            start = next;
        }
    }

    public string Text { get; }

    public int Count => _lines.Count;

    public int Start(int index) => _lines[index].Start;

    public int ContentEnd(int index) => _lines[index].ContentEnd;

    public int Next(int index) => _lines[index].Next;

    public string Content(int index) => Text[_lines[index].Start.._lines[index].ContentEnd];

    /// <summary>Offset of the first character that is not whitespace (or the content end).</summary>
    public int FirstNonBlank(int index)
    {
        var i = _lines[index].Start;
        while (i < _lines[index].ContentEnd && char.IsWhiteSpace(Text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A comment line: <c>#</c> is its first non-blank character.</summary>
    public bool IsComment(int index)
    {
        var first = FirstNonBlank(index);
        return first < _lines[index].ContentEnd && Text[first] == '#';
    }

    public bool IsBlank(int index) => FirstNonBlank(index) == _lines[index].ContentEnd;

    /// <summary>Where each line starts, for <see cref="LineIndex"/> (a BOM does not shift line 1's start).</summary>
    public int[] LineStarts()
    {
        var starts = new int[Math.Max(1, _lines.Count + (Text.EndsWith('\n') ? 1 : 0))];
        for (var i = 1; i < _lines.Count; i++)
        {
            starts[i] = _lines[i].Start;
        }

        if (Text.EndsWith('\n'))
        {
            starts[^1] = Text.Length;
        }

        return starts;
    }
}
