using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class HostNamespaces : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT008",
        Name = "host-namespaces",
        DefaultSeverity = Severity.High,
        Practice = Practices.RuntimeIsolation,
        Title = "Host network, PID or IPC namespace is shared",
        Description = "Reports `hostNetwork`, `hostPID` and `hostIPC` set to true (Kubernetes), `network_mode: host`, `pid: host`, `ipc: host` (compose) and `--network host`, `--pid host`, `--ipc host` (docker).",
        Rationale = "Sharing a host namespace removes an isolation boundary: hostPID lets the container see and signal (or ptrace) host processes, hostNetwork exposes host-only services and lets it sniff traffic, hostIPC reads shared memory of host processes.",
        Remediation = "Remove the host namespace setting; expose ports through a Service or published ports instead of the host network.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperIsolation],
        Mitre = [Taxonomy.MitreEscapeToHost, Taxonomy.MitreContainerDiscovery],
        Example = "spec:\n  hostNetwork: true",
        UseInstead = "spec:\n  hostNetwork: false",
        Fix = FixAvailability.Unsafe,
        FixNote = "Node agents legitimately need host namespaces; removing `hostNetwork`/`hostPID`/`hostIPC` changes behaviour, so the fix needs `--unsafe-fixes`. Compose: `network_mode: host`, `pid: host` and `ipc: host` are removed where they are written (not when inherited from another file through `extends`).",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        Report(c, context, c.HostNetwork, c.Term("hostNetwork", "network_mode: host", "--network host"), "network");
        Report(c, context, c.HostPid, c.Term("hostPID", "pid: host", "--pid host"), "PID");
        Report(c, context, c.HostIpc, c.Term("hostIPC", "ipc: host", "--ipc host"), "IPC");
    }

    private static void Report(ContainerProfile c, RuleContext context, Setting<bool>? setting, string term, string what)
    {
        if (setting is not { Value: true })
        {
            return;
        }

        var (subject, container) = c.Scope(setting);
        context.Report(c.At(setting.Span), $"{subject} shares the host {what} namespace ({term})", c.Object, container, evidence: term);
    }
}
