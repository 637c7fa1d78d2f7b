using Bulwark.Common;

namespace Bulwark.Dockerfile;

/// <summary>
/// The file's physical lines, kept as nothing but their start offsets (the same table
/// <see cref="LineIndex"/> uses): a line's content ends before its line break, the next line starts after it.
/// </summary>
internal sealed class PhysicalLines
{
    // starts[k] is where line k starts (0 for line 0, even after a BOM); when the text ends with a
    // line break, one more entry at the text's end stands for the empty line after it.
    private readonly int[] _starts;
    private readonly int _first;

    public PhysicalLines(string text)
    {
        Text = text;
        _starts = TextLines.Starts(text);
        _first = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        Count = Start(_starts.Length - 1) < text.Length ? _starts.Length : _starts.Length - 1;
    }

    public string Text { get; }

    public int Count { get; }

    /// <summary>Where each line starts, for <see cref="LineIndex"/> (a BOM does not shift line 1's start).</summary>
    public int[] LineStarts => _starts;

    public int Start(int index) => index == 0 ? _first : _starts[index];

    /// <summary>Where the next line starts (the text's end for the last line).</summary>
    private int Next(int index) => index + 1 < _starts.Length ? _starts[index + 1] : Text.Length;

    /// <summary>The end of the line's content: before its line break and any carriage returns.</summary>
    public int ContentEnd(int index)
    {
        var start = Start(index);
        var end = Next(index);
        while (end > start && Text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>Offset of the first character from <paramref name="start"/> that is not whitespace (or <paramref name="end"/>).</summary>
    public int FirstNonBlank(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        return start;
    }
}
