using System.Text;
using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// A piece of text assembled from the file (a logical line joined across continuations, a word,
/// a heredoc body) that remembers, for every character, the file offset it came from. Any range of
/// it can therefore be turned back into an exact <see cref="SourceSpan"/> of the original file.
/// </summary>
public sealed class SourceText
{
    private readonly LineIndex _lines;

    // Offsets[i] is the file offset of Text[i]; Offsets[Text.Length] is the offset just after the end.
    private readonly int[] _offsets;

    private SourceText(string text, int[] offsets, LineIndex lines)
    {
        Text = text;
        _offsets = offsets;
        _lines = lines;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    public SourceSpan Span => SpanOf(0, Text.Length);

    /// <summary>Text that is one contiguous range of the file.</summary>
    public static SourceText Contiguous(string fileText, int start, int end, LineIndex lines)
    {
        var offsets = new int[end - start + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = start + i;
        }

        return new SourceText(fileText[start..end], offsets, lines);
    }

    /// <summary>The file span of characters [start, end) of this text.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var from = _offsets[start];
        var to = end > start ? _offsets[end - 1] + 1 : from;
        return _lines.Span(from, to);
    }

    public int OffsetOf(int index) => _offsets[Math.Clamp(index, 0, Text.Length)];

    public SourceText Slice(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var offsets = new int[end - start + 1];
        Array.Copy(_offsets, start, offsets, 0, end - start);
        offsets[^1] = end > start ? _offsets[end - 1] + 1 : _offsets[start];
        return new SourceText(Text[start..end], offsets, _lines);
    }

    /// <summary>The slice with leading and trailing whitespace removed.</summary>
    public SourceText Trim()
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return Slice(start, end);
    }

    public override string ToString() => Text;

    /// <summary>Concatenates pieces (continuation lines) into one text that keeps every origin.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _offsets = [];
        private readonly LineIndex _lines;
        private int _end;

        public Builder(LineIndex lines)
        {
            _lines = lines;
        }

        public int Length => _text.Length;

        public void Append(string fileText, int start, int end)
        {
            _text.Append(fileText, start, end - start);
            for (var i = start; i < end; i++)
            {
                _offsets.Add(i);
            }

            _end = end;
        }

        public SourceText Build()
        {
            var offsets = new int[_offsets.Count + 1];
            _offsets.CopyTo(offsets);
            offsets[^1] = _end;
            return new SourceText(_text.ToString(), offsets, _lines);
        }
    }
}
