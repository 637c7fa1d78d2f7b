using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bulwark.Common;

/// <summary>
/// SHA-256 (FIPS 180-4) for the short keys fingerprints hash. <c>System.Security.Cryptography</c>
/// delegates to OpenSSL on Linux: loading and initialising libcrypto and the per-call EVP overhead
/// cost more than hashing a hundred bytes, and a scan hashes one key per finding. Equality with the
/// platform implementation is pinned by tests.
/// </summary>
/// <remarks>
/// The compression function is written out round by round, with the state and the sixteen-word
/// message schedule in locals: the compiler keeps them in registers and the round constants become
/// immediates, about half the instructions of a loop over arrays. (.NET offers SHA intrinsics only on
/// Arm, not the x86 SHA extensions.)
/// </remarks>
public static class Sha256
{
    public const int HashSize = 32;

    private const int BlockSize = 64;

    /// <summary>Writes the 32-byte digest of <paramref name="data"/> to <paramref name="destination"/>.</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<uint> state = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        var full = data.Length / BlockSize * BlockSize;
        for (var offset = 0; offset < full; offset += BlockSize)
        {
            Compress(state, data.Slice(offset, BlockSize));
        }

        // The tail, the 0x80 marker and the bit length fill one or two last blocks.
        Span<byte> last = stackalloc byte[2 * BlockSize];
        last.Clear();
        var tail = data[full..];
        tail.CopyTo(last);
        last[tail.Length] = 0x80;
        var blocks = tail.Length + 9 <= BlockSize ? 1 : 2;
        BinaryPrimitives.WriteUInt64BigEndian(last.Slice((blocks * BlockSize) - 8), (ulong)data.Length * 8);
        for (var b = 0; b < blocks; b++)
        {
            Compress(state, last.Slice(b * BlockSize, BlockSize));
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(i * 4), state[i]);
        }
    }

    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        block = block[..BlockSize];
        uint w0 = Word(block, 0), w1 = Word(block, 1), w2 = Word(block, 2), w3 = Word(block, 3);
        uint w4 = Word(block, 4), w5 = Word(block, 5), w6 = Word(block, 6), w7 = Word(block, 7);
        uint w8 = Word(block, 8), w9 = Word(block, 9), w10 = Word(block, 10), w11 = Word(block, 11);
        uint w12 = Word(block, 12), w13 = Word(block, 13), w14 = Word(block, 14), w15 = Word(block, 15);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];

        // Rounds 0-15. Each round's a..h are the previous round's shifted by one, so the names rotate.
        Round(a, b, c, ref d, e, f, g, ref h, 0x428a2f98 + w0);
        Round(h, a, b, ref c, d, e, f, ref g, 0x71374491 + w1);
        Round(g, h, a, ref b, c, d, e, ref f, 0xb5c0fbcf + w2);
        Round(f, g, h, ref a, b, c, d, ref e, 0xe9b5dba5 + w3);
        Round(e, f, g, ref h, a, b, c, ref d, 0x3956c25b + w4);
        Round(d, e, f, ref g, h, a, b, ref c, 0x59f111f1 + w5);
        Round(c, d, e, ref f, g, h, a, ref b, 0x923f82a4 + w6);
        Round(b, c, d, ref e, f, g, h, ref a, 0xab1c5ed5 + w7);
        Round(a, b, c, ref d, e, f, g, ref h, 0xd807aa98 + w8);
        Round(h, a, b, ref c, d, e, f, ref g, 0x12835b01 + w9);
        Round(g, h, a, ref b, c, d, e, ref f, 0x243185be + w10);
        Round(f, g, h, ref a, b, c, d, ref e, 0x550c7dc3 + w11);
        Round(e, f, g, ref h, a, b, c, ref d, 0x72be5d74 + w12);
        Round(d, e, f, ref g, h, a, b, ref c, 0x80deb1fe + w13);
        Round(c, d, e, ref f, g, h, a, ref b, 0x9bdc06a7 + w14);
        Round(b, c, d, ref e, f, g, h, ref a, 0xc19bf174 + w15);

        // Rounds 16-63 first extend the message schedule in place: w[i] replaces w[i-16].
        // Rounds 16-31.
        w0 = Extend(w0, w1, w9, w14);
        Round(a, b, c, ref d, e, f, g, ref h, 0xe49b69c1 + w0);
        w1 = Extend(w1, w2, w10, w15);
        Round(h, a, b, ref c, d, e, f, ref g, 0xefbe4786 + w1);
        w2 = Extend(w2, w3, w11, w0);
        Round(g, h, a, ref b, c, d, e, ref f, 0x0fc19dc6 + w2);
        w3 = Extend(w3, w4, w12, w1);
        Round(f, g, h, ref a, b, c, d, ref e, 0x240ca1cc + w3);
        w4 = Extend(w4, w5, w13, w2);
        Round(e, f, g, ref h, a, b, c, ref d, 0x2de92c6f + w4);
        w5 = Extend(w5, w6, w14, w3);
        Round(d, e, f, ref g, h, a, b, ref c, 0x4a7484aa + w5);
        w6 = Extend(w6, w7, w15, w4);
        Round(c, d, e, ref f, g, h, a, ref b, 0x5cb0a9dc + w6);
        w7 = Extend(w7, w8, w0, w5);
        Round(b, c, d, ref e, f, g, h, ref a, 0x76f988da + w7);
        w8 = Extend(w8, w9, w1, w6);
        Round(a, b, c, ref d, e, f, g, ref h, 0x983e5152 + w8);
        w9 = Extend(w9, w10, w2, w7);
        Round(h, a, b, ref c, d, e, f, ref g, 0xa831c66d + w9);
        w10 = Extend(w10, w11, w3, w8);
        Round(g, h, a, ref b, c, d, e, ref f, 0xb00327c8 + w10);
        w11 = Extend(w11, w12, w4, w9);
        Round(f, g, h, ref a, b, c, d, ref e, 0xbf597fc7 + w11);
        w12 = Extend(w12, w13, w5, w10);
        Round(e, f, g, ref h, a, b, c, ref d, 0xc6e00bf3 + w12);
        w13 = Extend(w13, w14, w6, w11);
        Round(d, e, f, ref g, h, a, b, ref c, 0xd5a79147 + w13);
        w14 = Extend(w14, w15, w7, w12);
        Round(c, d, e, ref f, g, h, a, ref b, 0x06ca6351 + w14);
        w15 = Extend(w15, w0, w8, w13);
        Round(b, c, d, ref e, f, g, h, ref a, 0x14292967 + w15);

        // Rounds 32-47.
        w0 = Extend(w0, w1, w9, w14);
        Round(a, b, c, ref d, e, f, g, ref h, 0x27b70a85 + w0);
        w1 = Extend(w1, w2, w10, w15);
        Round(h, a, b, ref c, d, e, f, ref g, 0x2e1b2138 + w1);
        w2 = Extend(w2, w3, w11, w0);
        Round(g, h, a, ref b, c, d, e, ref f, 0x4d2c6dfc + w2);
        w3 = Extend(w3, w4, w12, w1);
        Round(f, g, h, ref a, b, c, d, ref e, 0x53380d13 + w3);
        w4 = Extend(w4, w5, w13, w2);
        Round(e, f, g, ref h, a, b, c, ref d, 0x650a7354 + w4);
        w5 = Extend(w5, w6, w14, w3);
        Round(d, e, f, ref g, h, a, b, ref c, 0x766a0abb + w5);
        w6 = Extend(w6, w7, w15, w4);
        Round(c, d, e, ref f, g, h, a, ref b, 0x81c2c92e + w6);
        w7 = Extend(w7, w8, w0, w5);
        Round(b, c, d, ref e, f, g, h, ref a, 0x92722c85 + w7);
        w8 = Extend(w8, w9, w1, w6);
        Round(a, b, c, ref d, e, f, g, ref h, 0xa2bfe8a1 + w8);
        w9 = Extend(w9, w10, w2, w7);
        Round(h, a, b, ref c, d, e, f, ref g, 0xa81a664b + w9);
        w10 = Extend(w10, w11, w3, w8);
        Round(g, h, a, ref b, c, d, e, ref f, 0xc24b8b70 + w10);
        w11 = Extend(w11, w12, w4, w9);
        Round(f, g, h, ref a, b, c, d, ref e, 0xc76c51a3 + w11);
        w12 = Extend(w12, w13, w5, w10);
        Round(e, f, g, ref h, a, b, c, ref d, 0xd192e819 + w12);
        w13 = Extend(w13, w14, w6, w11);
        Round(d, e, f, ref g, h, a, b, ref c, 0xd6990624 + w13);
        w14 = Extend(w14, w15, w7, w12);
        Round(c, d, e, ref f, g, h, a, ref b, 0xf40e3585 + w14);
        w15 = Extend(w15, w0, w8, w13);
        Round(b, c, d, ref e, f, g, h, ref a, 0x106aa070 + w15);

        // Rounds 48-63.
        w0 = Extend(w0, w1, w9, w14);
        Round(a, b, c, ref d, e, f, g, ref h, 0x19a4c116 + w0);
        w1 = Extend(w1, w2, w10, w15);
        Round(h, a, b, ref c, d, e, f, ref g, 0x1e376c08 + w1);
        w2 = Extend(w2, w3, w11, w0);
        Round(g, h, a, ref b, c, d, e, ref f, 0x2748774c + w2);
        w3 = Extend(w3, w4, w12, w1);
        Round(f, g, h, ref a, b, c, d, ref e, 0x34b0bcb5 + w3);
        w4 = Extend(w4, w5, w13, w2);
        Round(e, f, g, ref h, a, b, c, ref d, 0x391c0cb3 + w4);
        w5 = Extend(w5, w6, w14, w3);
        Round(d, e, f, ref g, h, a, b, ref c, 0x4ed8aa4a + w5);
        w6 = Extend(w6, w7, w15, w4);
        Round(c, d, e, ref f, g, h, a, ref b, 0x5b9cca4f + w6);
        w7 = Extend(w7, w8, w0, w5);
        Round(b, c, d, ref e, f, g, h, ref a, 0x682e6ff3 + w7);
        w8 = Extend(w8, w9, w1, w6);
        Round(a, b, c, ref d, e, f, g, ref h, 0x748f82ee + w8);
        w9 = Extend(w9, w10, w2, w7);
        Round(h, a, b, ref c, d, e, f, ref g, 0x78a5636f + w9);
        w10 = Extend(w10, w11, w3, w8);
        Round(g, h, a, ref b, c, d, e, ref f, 0x84c87814 + w10);
        w11 = Extend(w11, w12, w4, w9);
        Round(f, g, h, ref a, b, c, d, ref e, 0x8cc70208 + w11);
        w12 = Extend(w12, w13, w5, w10);
        Round(e, f, g, ref h, a, b, c, ref d, 0x90befffa + w12);
        w13 = Extend(w13, w14, w6, w11);
        Round(d, e, f, ref g, h, a, b, ref c, 0xa4506ceb + w13);
        w14 = Extend(w14, w15, w7, w12);
        Round(c, d, e, ref f, g, h, a, ref b, 0xbef9a3f7 + w14);
        w15 = Extend(w15, w0, w8, w13);
        Round(b, c, d, ref e, f, g, h, ref a, 0xc67178f2 + w15);

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Word(ReadOnlySpan<byte> block, int index) => BinaryPrimitives.ReadUInt32BigEndian(block.Slice(index * 4, 4));

    /// <summary>One round: <paramref name="d"/> gains T1; <paramref name="h"/> becomes T1 + T2, the next round's a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint constantPlusWord)
    {
        var sigma1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
        var choice = g ^ (e & (f ^ g));
        var t1 = h + sigma1 + choice + constantPlusWord;
        var sigma0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
        var majority = (a & b) | (c & (a | b));
        d += t1;
        h = t1 + sigma0 + majority;
    }

    /// <summary>The schedule word i from words i-16, i-15, i-7 and i-2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Extend(uint w16, uint w15, uint w7, uint w2)
    {
        var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
        var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
        return w16 + s0 + w7 + s1;
    }
}
