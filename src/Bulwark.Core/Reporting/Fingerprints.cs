using System.Buffers;
using System.Text;
using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>A stable identity for a finding that survives line moves: rule, file, object, container and evidence.</summary>
public static class Fingerprints
{
    private const int StackKeyBytes = 1024;

    // Below this many findings a second thread costs more than it saves.
    private const int FindingsPerThread = 256;

    /// <summary>
    /// The fingerprints of <paramref name="findings"/>, in order; <paramref name="paths"/> holds each
    /// finding's file as reported. Hashing is the largest part of writing a JSON report, and each
    /// finding hashes alone, so a large report hashes on every core.
    /// </summary>
    public static string[] Of(IReadOnlyList<Finding> findings, string[] paths)
    {
        var fingerprints = new string[findings.Count];
        var threads = Math.Clamp(findings.Count / FindingsPerThread, 1, Environment.ProcessorCount);
        var share = (findings.Count + threads - 1) / threads;
        Parallel.For(0, threads, thread =>
        {
            for (var i = thread * share; i < Math.Min(findings.Count, (thread + 1) * share); i++)
            {
                fingerprints[i] = Of(findings[i], paths[i]);
            }
        });
        return fingerprints;
    }

    /// <param name="finding">The finding.</param>
    /// <param name="path">The file as reported (relative), so the hash is the same on every machine.</param>
    /// <returns>The first 16 bytes of SHA-256 over the UTF-8 of the parts joined by NUL, in lower-case hex.</returns>
    public static string Of(Finding finding, string path)
    {
        // Encoded straight into one buffer: this runs once per finding in every JSON and SARIF report.
        var rule = finding.Rule.Id;
        var obj = finding.Object?.ToString();
        var length = 4 + MaxBytes(rule) + MaxBytes(path) + MaxBytes(obj) + MaxBytes(finding.Container) + MaxBytes(finding.Evidence);
        var rented = length > StackKeyBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> key = rented ?? stackalloc byte[StackKeyBytes];
        var written = Encoding.UTF8.GetBytes(rule, key);
        written = AppendPart(key, written, path);
        written = AppendPart(key, written, obj);
        written = AppendPart(key, written, finding.Container);
        written = AppendPart(key, written, finding.Evidence);

        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(key[..written], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..16]);
    }

    private static int MaxBytes(string? part) => Encoding.UTF8.GetMaxByteCount(part?.Length ?? 0);

    /// <summary>Writes the NUL separator and the part's UTF-8 (nothing for a missing part) after <paramref name="written"/> bytes.</summary>
    private static int AppendPart(Span<byte> key, int written, string? part)
    {
        key[written++] = 0;
        return written + Encoding.UTF8.GetBytes(part, key[written..]);
    }
}
