namespace Bulwark.Profiles;

/// <summary>Linux capability names, normalized (<c>CAP_SYS_ADMIN</c>, <c>sys_admin</c> → <c>SYS_ADMIN</c>).</summary>
public static class Capabilities
{
    /// <summary>Adds that hand a container a path to the host kernel or other workloads.</summary>
    public static readonly IReadOnlySet<string> Dangerous = new HashSet<string>(StringComparer.Ordinal)
    {
        "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_RAW", "BPF", "SYS_RAWIO",
        "SYS_BOOT", "SYS_TIME", "DAC_READ_SEARCH", "DAC_OVERRIDE", "PERFMON", "SYS_CHROOT", "MAC_ADMIN",
        "MAC_OVERRIDE", "SETFCAP", "LINUX_IMMUTABLE", "SYSLOG", "MKNOD",
    };

    /// <summary>Adds that amount to full host control on their own.</summary>
    public static readonly IReadOnlySet<string> Critical = new HashSet<string>(StringComparer.Ordinal)
    {
        "ALL", "SYS_ADMIN", "SYS_MODULE",
    };

    public static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        return upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper[4..] : upper;
    }

    public static bool DropsAll(ContainerProfile p) => p.CapDrop.Any(d => Normalize(d.Value) == "ALL");

    public static bool AddsSysAdmin(ContainerProfile p) => p.CapAdd.Any(a => Normalize(a.Value) is "SYS_ADMIN" or "ALL");
}
