using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

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
        // A handle and positional reads, not a FileStream: a scan reads hundreds of small files, and the
        // stream's extra system calls (a read-ahead hint, a second length query, a read to see the end)
        // were a third of each file's cost.
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = LengthOrUnseekable(handle);
        var buffer = ArrayPool<byte>.Shared.Rent(length is { } known ? (int)Math.Clamp(known + 1, 1, Array.MaxLength) : 4096);
        try
        {
            var read = length is { } size ? ReadFile(handle, size, ref buffer) : ReadStream(handle, ref buffer);
            var bytes = buffer.AsSpan(0, read);
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

    /// <summary>The file's length, a hint only (a file may grow while read); null for a pipe (<c>&lt;(helm template ...)</c>).</summary>
    private static long? LengthOrUnseekable(SafeFileHandle handle)
    {
        try
        {
            return RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // The buffer is one byte longer than the file: a read that comes back short at the file's length has
    // reached the end without another read to say so. (Files such as /proc's report no length and
    // come a page at a time: for them only an empty read is the end.)
    private static int ReadFile(SafeFileHandle handle, long size, ref byte[] buffer)
    {
        var length = 0;
        while (true)
        {
            var wanted = buffer.Length - length;
            var read = RandomAccess.Read(handle, buffer.AsSpan(length, wanted), length);
            length += read;
            if (read == 0 || (read < wanted && length == size))
            {
                return length;
            }

            Grow(ref buffer, length);
        }
    }

    private static int ReadStream(SafeFileHandle handle, ref byte[] buffer)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                Grow(ref buffer, length);
            }
        }

        return length;
    }

    private static void Grow(ref byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>A UTF-16 or UTF-32 byte order mark, which <see cref="StreamReader"/> would honour.</summary>
    private static bool HasUnicodeBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
