namespace Bulwark.PodSecurity;

/// <summary>A level pinned to a version, printed as upstream does: <c>restricted:v1.30</c>.</summary>
public readonly record struct LevelVersion(PodSecurityLevel Level, PolicyVersion Version)
{
    public static LevelVersion PrivilegedLatest { get; } = new(PodSecurityLevel.Privileged, PolicyVersion.Latest);

    public override string ToString() => $"{Level.Name()}:{Version}";
}
