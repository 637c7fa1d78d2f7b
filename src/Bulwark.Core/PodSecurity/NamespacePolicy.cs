namespace Bulwark.PodSecurity;

/// <summary>The level:version a namespace applies per mode, plus any label errors found on the way.</summary>
public sealed record NamespacePolicy(LevelVersion Enforce, LevelVersion Audit, LevelVersion Warn, IReadOnlyList<string> Errors)
{
    /// <summary>Upstream's default configuration: every mode privileged:latest.</summary>
    public static NamespacePolicy Default { get; } =
        new(LevelVersion.PrivilegedLatest, LevelVersion.PrivilegedLatest, LevelVersion.PrivilegedLatest, []);

    public bool FullyPrivileged => Modes().All(p => p.Level == PodSecurityLevel.Privileged);

    public LevelVersion For(PodSecurityMode mode) => mode switch
    {
        PodSecurityMode.Enforce => Enforce,
        PodSecurityMode.Audit => Audit,
        _ => Warn,
    };

    private IEnumerable<LevelVersion> Modes() => [Enforce, Audit, Warn];
}
