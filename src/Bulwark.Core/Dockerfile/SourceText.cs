using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// A piece of text assembled from the file (a logical line joined across continuations, a word,
/// a heredoc body) that remembers where each of its characters came from, so any range of it can be
/// turned back into an exact <see cref="SourceSpan"/> of the original file. The map is kept per
/// segment (one contiguous run of file text per joined line), not per character, so it costs a few
/// integers per line.
/// </summary>
public sealed class SourceText
{
    private readonly LineIndex _lines;

    // The characters are _base[_start .. _start + Length): slicing shares the base string, and the
    // string is only cut out when someone asks for Text.
    private readonly string _base;
    private readonly int _start;
    private string? _text;

    // Segment k covers text characters [_textStarts[k], next segment's start) and begins at file
    // offset _fileStarts[k]; null arrays mean one segment starting at _fileStart (the common case,
    // kept without arrays). _end is the file offset just after the last character.
    private readonly int[]? _textStarts;
    private readonly int[]? _fileStarts;
    private readonly int _fileStart;
    private readonly int _end;

    private SourceText(string text, int start, int length, int[]? textStarts, int[]? fileStarts, int fileStart, int end, LineIndex lines)
    {
        _base = text;
        _start = start;
        Length = length;
        _textStarts = textStarts;
        _fileStarts = fileStarts;
        _fileStart = fileStart;
        _end = end;
        _lines = lines;
    }

    public string Text => _text ??= _start == 0 && Length == _base.Length ? _base : _base.Substring(_start, Length);

    /// <summary>The characters without copying them.</summary>
    public ReadOnlySpan<char> Chars => _base.AsSpan(_start, Length);

    public int Length { get; }

    public char this[int index] => _base[_start + index];

    public SourceSpan Span => SpanOf(0, Text.Length);

    /// <summary>Text that is one contiguous range of the file.</summary>
    public static SourceText Contiguous(string fileText, int start, int end, LineIndex lines) =>
        new(fileText, start, end - start, null, null, start, end, lines);

    /// <summary>The file span of characters [start, end) of this text.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        var from = OffsetOf(start);
        var to = end > start ? OffsetOf(end - 1) + 1 : from;
        return _lines.Span(from, to);
    }

    /// <summary>The file offset of character <paramref name="index"/> (the end offset for <see cref="Length"/>).</summary>
    public int OffsetOf(int index)
    {
        if (index >= Length)
        {
            return _end;
        }

        index = Math.Max(index, 0);
        if (_textStarts is null)
        {
            return _fileStart + index;
        }

        var segment = Segment(index);
        return _fileStarts![segment] + (index - _textStarts[segment]);
    }

    public SourceText Slice(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        if (start == 0 && end == Length)
        {
            return this;
        }

        var endOffset = end > start ? OffsetOf(end - 1) + 1 : OffsetOf(start);
        if (_textStarts is null)
        {
            return new SourceText(_base, _start + start, end - start, null, null, _fileStart + start, endOffset, _lines);
        }

        var first = Segment(start);
        var last = end > start ? Segment(end - 1) : first;
        if (first == last)
        {
            return new SourceText(_base, _start + start, end - start, null, null, OffsetOf(start), endOffset, _lines);
        }

        var textStarts = new int[last - first + 1];
        var fileStarts = new int[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            var segmentStart = Math.Max(_textStarts[k], start);
            textStarts[k - first] = segmentStart - start;
            fileStarts[k - first] = _fileStarts![k] + (segmentStart - _textStarts[k]);
        }

        return new SourceText(_base, _start + start, end - start, textStarts, fileStarts, 0, endOffset, _lines);
    }

    /// <summary>The slice with leading and trailing whitespace removed.</summary>
    public SourceText Trim()
    {
        var chars = Chars;
        var start = 0;
        var end = chars.Length;
        while (start < end && char.IsWhiteSpace(chars[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(chars[end - 1]))
        {
            end--;
        }

        return Slice(start, end);
    }

    public override string ToString() => Text;

    private int Segment(int index)
    {
        var found = Array.BinarySearch(_textStarts!, index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Concatenates pieces (continuation lines) into one text that keeps every origin.</summary>
    public sealed class Builder
    {
        private readonly List<int> _textStarts = [];
        private readonly List<int> _fileStarts = [];
        private readonly LineIndex _lines;
        private string? _fileText;
        private int _length;
        private int _end;

        public Builder(LineIndex lines)
        {
            _lines = lines;
        }

        /// <summary>Starts a new text, keeping the lists' capacity.</summary>
        public Builder Clear()
        {
            _textStarts.Clear();
            _fileStarts.Clear();
            _fileText = null;
            _length = 0;
            _end = 0;
            return this;
        }

        public void Append(string fileText, int start, int end)
        {
            _fileText = fileText;
            if (end > start)
            {
                _textStarts.Add(_length);
                _fileStarts.Add(start);
                _length += end - start;
            }

            _end = end;
        }

        public SourceText Build()
        {
            // One piece (most instructions) is a view of the file text: nothing is copied.
            if (_textStarts.Count <= 1 && _fileText is not null)
            {
                var start = _fileStarts.Count == 1 ? _fileStarts[0] : _end;
                return Contiguous(_fileText, start, start + _length, _lines);
            }

            var text = string.Create(_length, this, static (chars, builder) =>
            {
                for (var k = 0; k < builder._fileStarts.Count; k++)
                {
                    var pieceEnd = k + 1 < builder._textStarts.Count ? builder._textStarts[k + 1] : builder._length;
                    builder._fileText.AsSpan(builder._fileStarts[k], pieceEnd - builder._textStarts[k]).CopyTo(chars[builder._textStarts[k]..]);
                }
            });
            return _textStarts.Count == 0
                ? new SourceText(string.Empty, 0, 0, null, null, _end, _end, _lines)
                : new SourceText(text, 0, text.Length, [.. _textStarts], [.. _fileStarts], 0, _end, _lines);
        }
    }
}
