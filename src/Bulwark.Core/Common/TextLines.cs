using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Bulwark.Common;

/// <summary>
/// Where a text's lines start: 0, then the offset after every <c>\n</c>. One finder for the Dockerfile
/// parser's line table, <c>LineIndex</c> and <c>SourceFile</c>'s positions.
/// </summary>
internal static class TextLines
{
    // Texts up to this long find their line starts in one pass over a pooled buffer (a Dockerfile is a
    // few kilobytes); longer ones count their line breaks first rather than rent a buffer of that size.
    private const int MaxPooledLength = 1 << 16;

    /// <summary>0, then the offset after every line break of <paramref name="text"/>.</summary>
    public static int[] Starts(string text)
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
}
