using Bulwark.PodSecurity.Checks;

namespace Bulwark.PodSecurity;

/// <summary>Every upstream check (policy.DefaultChecks()).</summary>
internal static class PodCheckCatalog
{
    public static IReadOnlyList<PodCheck> All { get; } =
    [
        new AppArmorProfileCheck(),
        new CapabilitiesBaselineCheck(),
        new HostNamespacesCheck(),
        new HostPathVolumesCheck(),
        new HostPortsCheck(),
        new HostProbesAndHostLifecycleCheck(),
        new PrivilegedCheck(),
        new ProcMountCheck(),
        new SeLinuxOptionsCheck(),
        new SeccompProfileBaselineCheck(),
        new SysctlsCheck(),
        new WindowsHostProcessCheck(),
        new AllowPrivilegeEscalationCheck(),
        new CapabilitiesRestrictedCheck(),
        new ProcMountRestrictedCheck(),
        new RestrictedVolumesCheck(),
        new RunAsNonRootCheck(),
        new RunAsUserCheck(),
        new SeccompProfileRestrictedCheck(),
    ];
}
