using System.Buffers;
using System.Text;

namespace Bulwark.Engine;

/// <summary>
/// Reads a whole file as text, giving exactly what <see cref="File.ReadAllText(string)"/> gives, but
/// allocating only the string: the bytes go through a pooled buffer and are decoded in one call.
/// <c>ReadAllText</c> decodes through a <see cref="StreamReader"/> into a growing builder, which
/// more than doubles what a scan allocates to read its inputs, and for large manifests the extra
/// buffers land on the large object heap, where each allocation brings a full collection nearer.
/// </summary>
internal static class TextFile
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static string Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(stream));
        try
        {
            var length = ReadToEnd(stream, ref buffer);
            var bytes = buffer.AsSpan(0, length);
            if (HasUnicodeBom(bytes))
            {
                // UTF-16 and UTF-32 files are rare; leave their detection to the framework.
                return File.ReadAllText(path);
            }

            return Encoding.UTF8.GetString(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The length is only a hint: pipes and /proc files report none, and a file may grow while read.
    private static int InitialSize(FileStream stream) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length + 1, 1, Array.MaxLength) : 4096;

    private static int ReadToEnd(FileStream stream, ref byte[] buffer)
    {
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return length;
    }

    /// <summary>A UTF-16 or UTF-32 byte order mark, which <see cref="StreamReader"/> would honour.</summary>
    private static bool HasUnicodeBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
