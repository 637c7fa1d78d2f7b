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
/// The rounds are written out sixteen at a time: the eight working variables are locals the compiler
/// keeps in registers, the round constants and the sixteen-word message schedule are read at fixed
/// offsets, without bounds checks. (With the schedule in locals too, the compiler spilled the
/// variables on every round.) .NET offers SHA intrinsics only on Arm, not the x86 SHA extensions.
/// </remarks>
public static class Sha256
{
    public const int HashSize = 32;

    private const int BlockSize = 64;

    // Round constants: a span over the binary's read-only data, no array to allocate or bounds to load.
    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>The 64 round constants (for <see cref="Sha256Lanes"/>).</summary>
    internal static ReadOnlySpan<uint> RoundConstants => K;

    /// <summary>Writes the 32-byte digest of <paramref name="data"/> to <paramref name="destination"/>.</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<uint> state = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        Span<uint> schedule = stackalloc uint[16];
        var full = data.Length / BlockSize * BlockSize;
        for (var offset = 0; offset < full; offset += BlockSize)
        {
            Compress(state, schedule, data.Slice(offset, BlockSize));
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
            Compress(state, schedule, last.Slice(b * BlockSize, BlockSize));
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(i * 4), state[i]);
        }
    }

    /// <param name="state">The eight hash words, updated.</param>
    /// <param name="w">Room for sixteen words of message schedule.</param>
    /// <param name="block">The 64-byte block.</param>
    private static void Compress(Span<uint> state, Span<uint> w, ReadOnlySpan<byte> block)
    {
        w = w[..16];
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4, 4));
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];

        // Four times sixteen rounds. A round's a..h are the previous round's moved by one place, so the
        // names rotate instead of the values; sixteen rounds bring them back to where they started.
        for (var round = 0; ; round += 16)
        {
            var k = K.Slice(round, 16);
            h += Sigma1(e) + Choice(e, f, g) + k[0] + w[0];
            d += h;
            h += Sigma0(a) + Majority(a, b, c);
            g += Sigma1(d) + Choice(d, e, f) + k[1] + w[1];
            c += g;
            g += Sigma0(h) + Majority(h, a, b);
            f += Sigma1(c) + Choice(c, d, e) + k[2] + w[2];
            b += f;
            f += Sigma0(g) + Majority(g, h, a);
            e += Sigma1(b) + Choice(b, c, d) + k[3] + w[3];
            a += e;
            e += Sigma0(f) + Majority(f, g, h);
            d += Sigma1(a) + Choice(a, b, c) + k[4] + w[4];
            h += d;
            d += Sigma0(e) + Majority(e, f, g);
            c += Sigma1(h) + Choice(h, a, b) + k[5] + w[5];
            g += c;
            c += Sigma0(d) + Majority(d, e, f);
            b += Sigma1(g) + Choice(g, h, a) + k[6] + w[6];
            f += b;
            b += Sigma0(c) + Majority(c, d, e);
            a += Sigma1(f) + Choice(f, g, h) + k[7] + w[7];
            e += a;
            a += Sigma0(b) + Majority(b, c, d);
            h += Sigma1(e) + Choice(e, f, g) + k[8] + w[8];
            d += h;
            h += Sigma0(a) + Majority(a, b, c);
            g += Sigma1(d) + Choice(d, e, f) + k[9] + w[9];
            c += g;
            g += Sigma0(h) + Majority(h, a, b);
            f += Sigma1(c) + Choice(c, d, e) + k[10] + w[10];
            b += f;
            f += Sigma0(g) + Majority(g, h, a);
            e += Sigma1(b) + Choice(b, c, d) + k[11] + w[11];
            a += e;
            e += Sigma0(f) + Majority(f, g, h);
            d += Sigma1(a) + Choice(a, b, c) + k[12] + w[12];
            h += d;
            d += Sigma0(e) + Majority(e, f, g);
            c += Sigma1(h) + Choice(h, a, b) + k[13] + w[13];
            g += c;
            c += Sigma0(d) + Majority(d, e, f);
            b += Sigma1(g) + Choice(g, h, a) + k[14] + w[14];
            f += b;
            b += Sigma0(c) + Majority(c, d, e);
            a += Sigma1(f) + Choice(f, g, h) + k[15] + w[15];
            e += a;
            a += Sigma0(b) + Majority(b, c, d);

            if (round == 48)
            {
                break;
            }

            ExtendSchedule(w);
        }

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
    private static uint Sigma0(uint a) => BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sigma1(uint e) => BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);

    /// <summary>Each bit from <paramref name="f"/> where <paramref name="e"/> has a one, else from <paramref name="g"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Choice(uint e, uint f, uint g) => g ^ (e & (f ^ g));

    /// <summary>Each bit as at least two of the three words have it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Majority(uint a, uint b, uint c) => (a & b) | (c & (a | b));

    /// <summary>
    /// The next sixteen words of the message schedule, each replacing the word sixteen before it:
    /// word i is σ1(word i-2) + word i-7 + σ0(word i-15) + word i-16.
    /// </summary>
    private static void ExtendSchedule(Span<uint> w)
    {
        w = w[..16];
        w[0] += LowerSigma0(w[1]) + w[9] + LowerSigma1(w[14]);
        w[1] += LowerSigma0(w[2]) + w[10] + LowerSigma1(w[15]);
        w[2] += LowerSigma0(w[3]) + w[11] + LowerSigma1(w[0]);
        w[3] += LowerSigma0(w[4]) + w[12] + LowerSigma1(w[1]);
        w[4] += LowerSigma0(w[5]) + w[13] + LowerSigma1(w[2]);
        w[5] += LowerSigma0(w[6]) + w[14] + LowerSigma1(w[3]);
        w[6] += LowerSigma0(w[7]) + w[15] + LowerSigma1(w[4]);
        w[7] += LowerSigma0(w[8]) + w[0] + LowerSigma1(w[5]);
        w[8] += LowerSigma0(w[9]) + w[1] + LowerSigma1(w[6]);
        w[9] += LowerSigma0(w[10]) + w[2] + LowerSigma1(w[7]);
        w[10] += LowerSigma0(w[11]) + w[3] + LowerSigma1(w[8]);
        w[11] += LowerSigma0(w[12]) + w[4] + LowerSigma1(w[9]);
        w[12] += LowerSigma0(w[13]) + w[5] + LowerSigma1(w[10]);
        w[13] += LowerSigma0(w[14]) + w[6] + LowerSigma1(w[11]);
        w[14] += LowerSigma0(w[15]) + w[7] + LowerSigma1(w[12]);
        w[15] += LowerSigma0(w[0]) + w[8] + LowerSigma1(w[13]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LowerSigma0(uint w) => BitOperations.RotateRight(w, 7) ^ BitOperations.RotateRight(w, 18) ^ (w >> 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LowerSigma1(uint w) => BitOperations.RotateRight(w, 17) ^ BitOperations.RotateRight(w, 19) ^ (w >> 10);
}
