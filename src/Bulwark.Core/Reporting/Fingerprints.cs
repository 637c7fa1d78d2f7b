using System.Buffers;
using System.Text;
using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>A stable identity for a finding that survives line moves: rule, file, object, container and evidence.</summary>
public static class Fingerprints
{
    private const int StackKeyBytes = 1024;

    /// <param name="finding">The finding.</param>
    /// <param name="path">The file as reported (relative), so the hash is the same on every machine.</param>
    /// <returns>The first 16 bytes of SHA-256 over the UTF-8 of the parts joined by NUL, in lower-case hex.</returns>
    public static string Of(Finding finding, string path)
    {
        // Encoded straight into one buffer: this runs once per finding in every JSON and SARIF report.
        var obj = finding.Object?.ToString();
        var length = MaxKeyBytes(finding, path, obj);
        var rented = length > StackKeyBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> key = rented ?? stackalloc byte[StackKeyBytes];
        var written = WriteKey(finding, path, obj, key);
        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(key[..written], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>
    /// The fingerprints of the findings from <paramref name="start"/> on, one per path in
    /// <paramref name="paths"/> (at most <see cref="Sha256Lanes.Lanes"/>), hashed together in the lanes
    /// of <see cref="Sha256Lanes"/>: a report hashes its findings four at a time.
    /// </summary>
    public static void Of(IReadOnlyList<Finding> findings, int start, ReadOnlySpan<string> paths, Span<string> fingerprints)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paths.Length, Sha256Lanes.Lanes);
        Span<int> offsets = stackalloc int[Sha256Lanes.Lanes + 1];
        offsets.Clear();
        var objects = new string?[paths.Length];
        for (var j = 0; j < paths.Length; j++)
        {
            objects[j] = findings[start + j].Object?.ToString();
            offsets[j + 1] = offsets[j] + MaxKeyBytes(findings[start + j], paths[j], objects[j]);
        }

        var total = offsets[paths.Length];
        if (paths.Length < 2 || total > Sha256Lanes.Lanes * StackKeyBytes)
        {
            for (var j = 0; j < paths.Length; j++)
            {
                fingerprints[j] = Of(findings[start + j], paths[j]);
            }

            return;
        }

        // The keys side by side, each at the room its parts may take; lanes beyond the findings hash an
        // empty key, never read.
        Span<byte> keys = stackalloc byte[total];
        Span<int> lengths = stackalloc int[Sha256Lanes.Lanes];
        lengths.Clear();
        for (var j = 0; j < paths.Length; j++)
        {
            lengths[j] = WriteKey(findings[start + j], paths[j], objects[j], keys[offsets[j]..offsets[j + 1]]);
        }

        Span<byte> digests = stackalloc byte[Sha256Lanes.Lanes * Sha256.HashSize];
        Sha256Lanes.HashData(Key(keys, offsets, lengths, 0), Key(keys, offsets, lengths, 1), Key(keys, offsets, lengths, 2), Key(keys, offsets, lengths, 3), digests);
        for (var j = 0; j < paths.Length; j++)
        {
            fingerprints[j] = Convert.ToHexStringLower(digests.Slice(j * Sha256.HashSize, 16));
        }
    }

    private static ReadOnlySpan<byte> Key(ReadOnlySpan<byte> keys, ReadOnlySpan<int> offsets, ReadOnlySpan<int> lengths, int lane) =>
        lengths[lane] == 0 ? [] : keys.Slice(offsets[lane], lengths[lane]);

    // The object's text (obj) is made once per finding, by the caller, for both.
    private static int MaxKeyBytes(Finding finding, string path, string? obj) =>
        4 + MaxBytes(finding.Rule.Id) + MaxBytes(path) + MaxBytes(obj) + MaxBytes(finding.Container) + MaxBytes(finding.Evidence);

    /// <summary>Writes rule, path, object, container and evidence joined by NUL; returns the bytes written.</summary>
    private static int WriteKey(Finding finding, string path, string? obj, Span<byte> key)
    {
        var written = Encoding.UTF8.GetBytes(finding.Rule.Id, key);
        written = AppendPart(key, written, path);
        written = AppendPart(key, written, obj);
        written = AppendPart(key, written, finding.Container);
        return AppendPart(key, written, finding.Evidence);
    }

    private static int MaxBytes(string? part) => Encoding.UTF8.GetMaxByteCount(part?.Length ?? 0);

    /// <summary>Writes the NUL separator and the part's UTF-8 (nothing for a missing part) after <paramref name="written"/> bytes.</summary>
    private static int AppendPart(Span<byte> key, int written, string? part)
    {
        key[written++] = 0;
        return written + Encoding.UTF8.GetBytes(part, key[written..]);
    }
}
