using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: only namespaced sysctls known to be safe; the allow-list grows with versions.</summary>
internal sealed class SysctlsCheck : PodCheck
{
    private static readonly string[] V1_0 =
    [
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
    ];

    private static readonly string[] V1_27 = [.. V1_0, "net.ipv4.ip_local_reserved_ports"];

    private static readonly string[] V1_29 =
    [
        .. V1_27, "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
        "net.ipv4.tcp_keepalive_probes",
    ];

    private static readonly string[] V1_32 = [.. V1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];

    private static readonly string[] V1_37 = [.. V1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];

    public override string Id => "sysctls";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(0, Allowing(V1_0)),
        new(27, Allowing(V1_27)),
        new(29, Allowing(V1_29)),
        new(32, Allowing(V1_32)),
        new(37, Allowing(V1_37)),
    ];

    private static Func<PodView, CheckOutcome> Allowing(string[] names)
    {
        var allowed = new HashSet<string>(names, StringComparer.Ordinal);
        return pod => Check(pod, allowed);
    }

    // Names are reported in spec order, neither sorted nor de-duplicated, as upstream.
    private static CheckOutcome Check(PodView pod, HashSet<string> allowed)
    {
        var forbidden = new List<string>();
        var spans = new List<SourceSpan>();
        foreach (var sysctl in pod.SecurityContext.StructList("sysctls"))
        {
            var name = sysctl.Text("name");
            if (!allowed.Contains(name))
            {
                forbidden.Add(name);
                spans.Add(sysctl.SpanOf("name") ?? sysctl.Span);
            }
        }

        return forbidden.Count == 0 ? CheckOutcome.Pass : CheckOutcome.Fail("forbidden sysctls", string.Join(", ", forbidden), spans);
    }
}
