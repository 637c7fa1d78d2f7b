using System.Buffers;
using System.Text;
using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>A stable identity for a finding that survives line moves: rule, file, object, container and evidence.</summary>
public static class Fingerprints
{
    /// <param name="finding">The finding.</param>
    /// <param name="path">The file as reported (relative), so the hash is the same on every machine.</param>
    /// <returns>The first 16 bytes of SHA-256 over the UTF-8 of the parts joined by NUL, in lower-case hex.</returns>
    public static string Of(Finding finding, string path)
    {
        // Encoded straight into one buffer: this runs once per finding in every JSON and SARIF report.
        string?[] parts = [finding.Rule.Id, path, finding.Object?.ToString(), finding.Container, finding.Evidence];
        var length = parts.Length - 1;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetMaxByteCount(part?.Length ?? 0);
        }

        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> key = rented ?? stackalloc byte[1024];
        var written = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                key[written++] = 0;
            }

            written += Encoding.UTF8.GetBytes(parts[i], key[written..]);
        }

        Span<byte> hash = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(key[..written], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..16]);
    }
}
