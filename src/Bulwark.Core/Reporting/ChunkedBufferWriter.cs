using System.Buffers;

namespace Bulwark.Reporting;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that keeps what is written in pooled chunks below the large
/// object heap's threshold: a report part written on another thread is held here until it can be
/// copied out, without one large buffer growing by copies (which, on the large object heap, brought
/// a full collection).
/// </summary>
internal sealed class ChunkedBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Chunk, int Written)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _written;

    public void Advance(int count) => _written += count;

    // Reserve first: it may replace the buffer, which must not be read before it does.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsSpan(start);
    }

    /// <summary>Forgets what was written so far, keeping the current chunk.</summary>
    public void Clear()
    {
        ReturnFull();
        _written = 0;
    }

    /// <summary>Writes everything held, in order, to <paramref name="destination"/>.</summary>
    public void CopyTo(IBufferWriter<byte> destination)
    {
        foreach (var (chunk, written) in _full)
        {
            destination.Write(chunk.AsSpan(0, written));
        }

        destination.Write(_current.AsSpan(0, _written));
    }

    public void Dispose()
    {
        ReturnFull();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
        _written = 0;
    }

    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _written < needed)
        {
            _full.Add((_current, _written));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(needed, ChunkSize));
            _written = 0;
        }

        return _written;
    }

    private void ReturnFull()
    {
        foreach (var (chunk, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _full.Clear();
    }
}
