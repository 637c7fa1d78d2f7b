using System.Text.RegularExpressions;

namespace Bulwark.Common;

/// <summary>
/// A parsed image reference (<c>[registry/]repo[:tag][@digest]</c>) following the distribution
/// reference grammar: the first component is a registry only if it has a dot or colon or is
/// <c>localhost</c>; a colon after the last slash starts the tag.
/// </summary>
public sealed partial record ImageReference(string Raw, string? Registry, string Repository, string? Tag, string? Digest)
{
    public bool HasDigest => Digest is not null;

    /// <summary>True for a digest of a known algorithm with the right number of hex digits.</summary>
    public bool DigestIsValid => Digest is not null && ValidDigest().IsMatch(Digest);

    public bool IsLatestOrUntagged => !HasDigest && (Tag is null || Tag == "latest");

    /// <summary>Registry host as Docker resolves it (<c>docker.io</c> when none is written).</summary>
    public string EffectiveRegistry => Registry ?? "docker.io";

    /// <summary>Full name without tag/digest, e.g. <c>docker.io/library/nginx</c>.</summary>
    public string FullName => EffectiveRegistry + "/" + (Registry is null && !Repository.Contains('/', StringComparison.Ordinal) ? "library/" + Repository : Repository);

    public static ImageReference Parse(string raw)
    {
        var text = raw.Trim();
        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        string? registry = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var first = text[..slash];
            if (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost")
            {
                registry = first;
                text = text[(slash + 1)..];
            }
        }

        return new ImageReference(raw, registry, text, string.IsNullOrEmpty(tag) ? null : tag, digest);
    }

    /// <summary>
    /// True when the image comes from one of <paramref name="trusted"/>: a registry host
    /// (<c>ghcr.io</c>) or a host/path prefix (<c>ghcr.io/acme</c>), matched on whole path segments.
    /// </summary>
    public bool IsFrom(IEnumerable<string> trusted) =>
        trusted.Any(t =>
        {
            var prefix = t.TrimEnd('/');
            return FullName == prefix || FullName.StartsWith(prefix + "/", StringComparison.Ordinal)
                || (Registry is null && prefix == "docker.io");
        });

    [GeneratedRegex("^(sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidDigest();
}
