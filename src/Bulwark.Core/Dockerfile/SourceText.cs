using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// A piece of text assembled from the file (a logical line joined across continuations, a word,
/// a heredoc body) that remembers where each of its characters came from, so any range of it can be
/// turned back into an exact <see cref="SourceSpan"/> of the original file. The map is kept per
/// segment (one contiguous run of file text per joined line), not per character, so it costs a few
/// integers per line, and slices share it: a slice is a window on the same string and the same map.
/// </summary>
public sealed class SourceText
{
    private readonly LineIndex _lines;

    // The characters are _base[_start .. _start + Length): slicing shares the base string, and the
    // string is only cut out when someone asks for Text.
    private readonly string _base;
    private readonly int _start;
    private string? _text;

    // Where the characters came from. Null: _base is the file text itself, so base index i is file
    // offset i. Otherwise _base is a joined text and the map holds pairs (base index where a segment
    // starts, its file offset), ascending; a segment runs to the next pair's base index. Slices of a
    // joined text share its map. _end is the file offset just after the last character (for an
    // empty text: where it sits).
    private readonly int[]? _segments;
    private readonly int _end;

    private SourceText(string text, int start, int length, int[]? segments, int end, LineIndex lines)
    {
        _base = text;
        _start = start;
        Length = length;
        _segments = segments;
        _end = end;
        _lines = lines;
    }

    public string Text => _text ??= _start == 0 && Length == _base.Length ? _base : _base.Substring(_start, Length);

    /// <summary>The characters without copying them.</summary>
    public ReadOnlySpan<char> Chars => _base.AsSpan(_start, Length);

    public int Length { get; }

    public char this[int index] => _base[_start + index];

    public SourceSpan Span => SpanOf(0, Length);

    /// <summary>Text that is one contiguous range of the file.</summary>
    public static SourceText Contiguous(string fileText, int start, int end, LineIndex lines) =>
        new(fileText, start, end - start, null, end, lines);

    /// <summary>The file span of characters [start, end) of this text.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        var from = OffsetOf(start);
        var to = end > start ? OffsetOf(end - 1) + 1 : from;
        return _lines.Span(from, to);
    }

    /// <summary>Where the first character is (where the text sits, when empty).</summary>
    internal SourcePosition StartPosition => _lines.Position(OffsetOf(0));

    /// <summary>The file span from the first character to file offset <paramref name="end"/>.</summary>
    internal SourceSpan SpanFromStartTo(int end) => _lines.Span(OffsetOf(0), end);

    /// <summary>The file offset of character <paramref name="index"/> (the end offset for <see cref="Length"/>).</summary>
    public int OffsetOf(int index)
    {
        if (index >= Length)
        {
            return _end;
        }

        var position = _start + Math.Max(index, 0);
        if (_segments is null)
        {
            return position;
        }

        var pair = Segment(_segments, position);
        return _segments[pair + 1] + (position - _segments[pair]);
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
        return new SourceText(_base, _start + start, end - start, _segments, endOffset, _lines);
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

    /// <summary>The index of the pair whose segment holds base index <paramref name="position"/>.</summary>
    private static int Segment(int[] segments, int position)
    {
        // Binary search over the pairs' base indexes (the even entries); the first always starts at or before position.
        var low = 0;
        var high = (segments.Length / 2) - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (segments[2 * middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return 2 * low;
    }

    /// <summary>Concatenates pieces (continuation lines) into one text that keeps every origin.</summary>
    public sealed class Builder
    {
        private readonly LineIndex _lines;

        // Pairs (text index, file offset) of the pieces so far, reused from one text to the next.
        private int[] _segments = new int[16];
        private int _count;
        private string? _fileText;
        private int _length;
        private int _end;

        public Builder(LineIndex lines)
        {
            _lines = lines;
        }

        /// <summary>Starts a new text, keeping the buffer.</summary>
        public Builder Clear()
        {
            _count = 0;
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
                if (_count == _segments.Length)
                {
                    Array.Resize(ref _segments, _segments.Length * 2);
                }

                _segments[_count++] = _length;
                _segments[_count++] = start;
                _length += end - start;
            }

            _end = end;
        }

        public SourceText Build()
        {
            if (_count == 0)
            {
                return new SourceText(string.Empty, 0, 0, null, _end, _lines);
            }

            // One piece (most instructions) is a view of the file text: nothing is copied.
            if (_count == 2)
            {
                return Contiguous(_fileText!, _segments[1], _segments[1] + _length, _lines);
            }

            var text = string.Create(_length, this, static (chars, builder) => builder.CopyPieces(chars));
            return new SourceText(text, 0, text.Length, _segments.AsSpan(0, _count).ToArray(), _end, _lines);
        }

        private void CopyPieces(Span<char> chars)
        {
            for (var pair = 0; pair < _count; pair += 2)
            {
                var pieceEnd = pair + 2 < _count ? _segments[pair + 2] : _length;
                _fileText.AsSpan(_segments[pair + 1], pieceEnd - _segments[pair]).CopyTo(chars[_segments[pair]..]);
            }
        }
    }
}
