namespace Bulwark.PodSecurity;

/// <summary>The three admission modes a namespace can label: deny, audit-annotate, or warn.</summary>
public enum PodSecurityMode
{
    Enforce,
    Audit,
    Warn,
}

public static class PodSecurityModes
{
    public static IReadOnlyList<PodSecurityMode> All { get; } = [PodSecurityMode.Enforce, PodSecurityMode.Audit, PodSecurityMode.Warn];

    public static string Name(this PodSecurityMode mode) => mode switch
    {
        PodSecurityMode.Enforce => "enforce",
        PodSecurityMode.Audit => "audit",
        _ => "warn",
    };
}
