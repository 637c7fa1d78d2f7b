using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        _starts = FindLineStarts(text);
        _first = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        Count = Start(_starts.Length - 1) < text.Length ? _starts.Length : _starts.Length - 1;
    }

    public string Text { get; }

    // Texts up to this long find their line starts in one pass over a pooled buffer (a Dockerfile is a
    // few kilobytes); longer ones count their line breaks first rather than rent a buffer of that size.
    private const int MaxPooledLength = 1 << 16;

    /// <summary>0, then the offset after every line break of <paramref name="text"/>.</summary>
    internal static int[] FindLineStarts(string text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        if (chars.Length > MaxPooledLength)
        {
            var counted = new int[chars.Count((ushort)'\n') + 1];
            FillLineStarts(chars, counted);
            return counted;
        }

        // Room for a line per character, copied to its exact size: counting the line breaks first to
        // size the array read every text twice.
        var buffer = ArrayPool<int>.Shared.Rent(chars.Length + 1);
        var starts = buffer.AsSpan(0, FillLineStarts(chars, buffer)).ToArray();
        ArrayPool<int>.Shared.Return(buffer);
        return starts;
    }

    /// <summary>Writes 0 and the offset after every line break into <paramref name="starts"/>; returns how many.</summary>
    private static int FillLineStarts(ReadOnlySpan<ushort> chars, Span<int> starts)
    {
        starts[0] = 0;
        var line = 1;
        var i = 0;

        // One pass, eight characters at a time, a bit per line break: a Dockerfile's lines are short,
        // and a search call per line cost more than the searching.
        if (Vector128.IsHardwareAccelerated)
        {
            var newline = Vector128.Create((ushort)'\n');
            for (; i <= chars.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var breaks = Vector128.Equals(Vector128.Create(chars.Slice(i, Vector128<ushort>.Count)), newline).ExtractMostSignificantBits();
                while (breaks != 0)
                {
                    starts[line++] = i + BitOperations.TrailingZeroCount(breaks) + 1;
                    breaks &= breaks - 1;
                }
            }
        }

        for (; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                starts[line++] = i + 1;
            }
        }

        return line;
    }

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
