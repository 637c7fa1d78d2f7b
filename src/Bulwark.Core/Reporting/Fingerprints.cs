using System.Security.Cryptography;
using System.Text;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>A stable identity for a finding that survives line moves: rule, file, object, container and evidence.</summary>
public static class Fingerprints
{
    /// <param name="finding">The finding.</param>
    /// <param name="path">The file as reported (relative), so the hash is the same on every machine.</param>
    public static string Of(Finding finding, string path)
    {
        var key = string.Join('\0', finding.Rule.Id, path, finding.Object?.ToString(), finding.Container, finding.Evidence);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
