using System.Buffers;

namespace Bulwark.Reporting;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that hands one reusable buffer to a <see cref="System.Text.Json.Utf8JsonWriter"/>
/// and writes what it filled to a stream whenever it asks for more room: a large report streams out in
/// fixed-size chunks instead of growing a copy of itself in memory.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _written;

    public void Advance(int count) => _written += count;

    // Reserve first: it may replace the buffer, which must not be read before it does.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Writes everything advanced so far to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _written);
        _written = 0;
    }

    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < needed)
        {
            Flush();
            if (_buffer.Length < needed)
            {
                _buffer = new byte[needed];
            }
        }

        return _written;
    }
}
