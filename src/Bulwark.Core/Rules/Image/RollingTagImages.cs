using Bulwark.Common;

namespace Bulwark.Rules.Image;

/// <summary>
/// Repositories that publish no version tags, only rolling ones (<c>latest</c>, <c>nonroot</c>,
/// <c>debug</c>): distroless carries its version in the repository name (<c>static-debian12</c>), and
/// Chainguard's free images only ship <c>latest</c>. "Pin a version tag" cannot be followed for them, so
/// an untagged or <c>latest</c> reference is reported by IMG002 (pin a digest) instead of IMG001.
/// </summary>
public static class RollingTagImages
{
    private static readonly string[] Prefixes = ["gcr.io/distroless/", "cgr.dev/chainguard/"];

    public static bool Matches(ImageReference image) =>
        Prefixes.Any(p => image.FullName.StartsWith(p, StringComparison.Ordinal));

    /// <summary>IMG001's case: untagged or latest, and a version tag could be chosen.</summary>
    public static bool IsMutableTag(ImageReference image) => image.IsLatestOrUntagged && !Matches(image);

    /// <summary>IMG002's case: no digest, and IMG001 does not already report it.</summary>
    public static bool NeedsDigest(ImageReference image) => !image.HasDigest && !IsMutableTag(image);
}
