using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class PrivilegedContainer : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT007",
        Name = "privileged-container",
        DefaultSeverity = Severity.Critical,
        Practice = Practices.RuntimeIsolation,
        Title = "Container is privileged",
        Description = "Reports `privileged: true` (Kubernetes, compose) and `--privileged` (docker).",
        Rationale = "A privileged container has every capability, all host devices and no seccomp/AppArmor confinement: escaping to the host is a one-liner (mount the host disk, load a kernel module).",
        Remediation = "Remove `privileged: true`; grant only the specific capability or device the workload needs.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweUnnecessaryPrivileges, Taxonomy.CweImproperPrivilegeManagement],
        Mitre = [Taxonomy.MitreEscapeToHost, Taxonomy.MitreDeployContainer],
        Example = "securityContext:\n  privileged: true",
        UseInstead = "securityContext:\n  privileged: false",
        Fix = FixAvailability.Unsafe,
        FixNote = "Workloads that really drive host devices stop working unprivileged, so removing `privileged: true` needs `--unsafe-fixes`. Compose: `privileged: true` is removed where it is written; inherited from another file through `extends`, it is overridden with `privileged: false`.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.Privileged is { Value: true } privileged)
        {
            context.Report(c.At(privileged.Span), $"{c.Subject()} is privileged", c.Object, c.Name, evidence: "privileged");
        }
    }
}
