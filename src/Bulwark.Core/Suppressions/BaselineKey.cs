using System.Text;
using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Suppressions;

/// <summary>
/// A finding's fingerprint for the baseline: rule, file (relative to the baseline's directory), object
/// identity, container and a hash of the offending value. No line or column, so the fingerprint
/// survives edits that shift lines; changing the offending value changes it.
/// </summary>
public sealed record BaselineKey(string Rule, string File, string? Object, string? Container, string Evidence)
{
    public static BaselineKey Of(Finding finding, string baseDirectory) => new(
        finding.Rule.Id,
        RelativeFile(finding.Location.File, baseDirectory),
        finding.Object?.ToString(),
        finding.Container,
        Hash(finding.Evidence));

    /// <summary>
    /// A short hash of the evidence: it identifies the value without storing it (evidence is already
    /// redacted for secrets, but a baseline is committed, so not even the redacted form goes in).
    /// A missing setting has no evidence and hashes the empty string.
    /// </summary>
    public static string Hash(string? evidence)
    {
        Span<byte> digest = stackalloc byte[Sha256.HashSize];
        Sha256.HashData(Encoding.UTF8.GetBytes(evidence ?? string.Empty), digest);
        return "sha256:" + Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>Stdin and pseudo paths (<c>docker://x</c>) as they are; files relative to the baseline, with <c>/</c>.</summary>
    public static string RelativeFile(string file, string baseDirectory) =>
        file.StartsWith('<') || file.Contains("://", StringComparison.Ordinal)
            ? file
            : Path.GetRelativePath(baseDirectory, Path.GetFullPath(file)).Replace('\\', '/');
}
