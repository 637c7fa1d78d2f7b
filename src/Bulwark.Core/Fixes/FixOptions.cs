using Bulwark.Common;

namespace Bulwark.Fixes;

/// <summary>
/// Values the fixes write. Kubernetes defaults are the seed's "Quick Reference: Hardened Container":
/// uid/gid 1000, limits 512Mi/500m, requests 256Mi/250m. Dockerfiles default to uid/gid 10001, because
/// 1000 is already taken in common base images (the <c>node</c> user of the node images, <c>ubuntu</c>
/// in ubuntu:24.04) and creating a second user with it would fail the build. <c>fix.run-as-user</c> /
/// <c>--run-as-user</c> set both, so the image's USER and the pod's runAsUser can agree.
/// </summary>
public sealed record FixOptions
{
    public static readonly FixOptions Default = new();

    public long RunAsUser { get; init; } = 1000;

    public long RunAsGroup { get; init; } = 1000;

    public long FsGroup { get; init; } = 1000;

    /// <summary>The uid of the USER a Dockerfile fix adds to the final stage.</summary>
    public long ImageUser { get; init; } = 10001;

    /// <summary>The gid of that USER (and of the group the fix creates).</summary>
    public long ImageGroup { get; init; } = 10001;

    public string CpuLimit { get; init; } = "500m";

    public string MemoryLimit { get; init; } = "512Mi";

    public string CpuRequest { get; init; } = "250m";

    public string MemoryRequest { get; init; } = "256Mi";

    /// <summary>Name of the emptyDir volume mounted at /tmp when the root filesystem becomes read-only.</summary>
    public string TmpVolumeName { get; init; } = "tmp";

    /// <summary>
    /// Tags to pin untagged or <c>latest</c> images to (config <c>fix.image-tags</c>), keyed by the image's
    /// full name (<c>docker.io/library/nginx</c>), so <c>nginx</c> and <c>docker.io/library/nginx</c> are one key.
    /// Without an entry, pinning stays a display-only suggestion.
    /// </summary>
    public IReadOnlyDictionary<string, string> ImageTags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The configured tag for <paramref name="image"/>, or null.</summary>
    public string? TagFor(ImageReference image) => ImageTags.GetValueOrDefault(image.FullName);

    /// <summary>The same options with <paramref name="uid"/> and <paramref name="gid"/> for every surface.</summary>
    public FixOptions WithIdentity(long uid, long gid) =>
        this with { RunAsUser = uid, RunAsGroup = gid, FsGroup = gid, ImageUser = uid, ImageGroup = gid };

    /// <summary>Keys <paramref name="tags"/> (image name as written → tag) by full image name; a later spelling of the same image wins.</summary>
    public FixOptions WithImageTags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (image, tag) in tags)
        {
            byName[ImageReference.Parse(image).FullName] = tag;
        }

        return this with { ImageTags = byName };
    }
}
