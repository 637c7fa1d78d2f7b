namespace Bulwark.Fixes;

/// <summary>
/// Values the unsafe fixes write. Defaults are the seed's "Quick Reference: Hardened Container":
/// uid/gid 1000, limits 512Mi/500m, requests 256Mi/250m.
/// </summary>
public sealed record FixOptions
{
    public static readonly FixOptions Default = new();

    public long RunAsUser { get; init; } = 1000;

    public long RunAsGroup { get; init; } = 1000;

    public long FsGroup { get; init; } = 1000;

    public string CpuLimit { get; init; } = "500m";

    public string MemoryLimit { get; init; } = "512Mi";

    public string CpuRequest { get; init; } = "250m";

    public string MemoryRequest { get; init; } = "256Mi";

    /// <summary>Name of the emptyDir volume mounted at /tmp when the root filesystem becomes read-only.</summary>
    public string TmpVolumeName { get; init; } = "tmp";
}
