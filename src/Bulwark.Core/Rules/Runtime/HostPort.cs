using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class HostPort : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT009",
        Name = "host-port",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeIsolation,
        Title = "Container binds a host port",
        Description = "Reports Kubernetes container ports with a `hostPort`. (Docker publishes ports on the host by design; `DKR` rules judge how.)",
        Rationale = "A hostPort binds the port on the node's own interfaces, bypassing Services and NetworkPolicies, and pins the pod to nodes where the port is free.",
        Remediation = "Remove `hostPort` and expose the port through a Service (ClusterIP, NodePort or LoadBalancer).",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreExploitPublicFacing],
        Example = "ports:\n  - containerPort: 8080\n    hostPort: 8080",
        UseInstead = "ports:\n  - containerPort: 8080",
        Fix = FixAvailability.Unsafe,
        FixNote = "Clients that reach the node port directly lose access, so removing `hostPort` needs `--unsafe-fixes`.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        // Docker surfaces fill HostPorts too, but publishing is how Docker exposes a port at all:
        // DKR003 judges where it is published instead.
        if (c.Surface != Surfaces.Kubernetes)
        {
            return;
        }

        foreach (var port in c.HostPorts)
        {
            context.Report(c.At(port.Span), $"{c.Subject()} binds host port {port.Value}", c.Object, c.Name, evidence: port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
