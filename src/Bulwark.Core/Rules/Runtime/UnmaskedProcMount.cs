using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class UnmaskedProcMount : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT011",
        Name = "unmasked-proc-mount",
        DefaultSeverity = Severity.High,
        Practice = Practices.RuntimeIsolation,
        Title = "/proc is mounted unmasked",
        Description = "Reports `procMount: Unmasked` (Kubernetes) and `systempaths=unconfined` (Docker `security_opt`).",
        Rationale = "The runtime masks sensitive /proc and /sys paths (kcore, sysrq-trigger, timer_list, ...). Unmasking them exposes kernel memory and host controls to the container.",
        Remediation = "Remove `procMount: Unmasked` (use the Default proc mount).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperIsolation],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  procMount: Unmasked",
        UseInstead = "securityContext:\n  procMount: Default",
        Fix = FixAvailability.Unsafe,
        FixNote = "Compose only: `systempaths=unconfined` is removed from `security_opt` where it is written, so Docker masks /proc and /sys again. Tools that read the masked paths (debuggers, nested runtimes) are why someone unmasks them, so the fix needs `--unsafe-fixes`. Kubernetes' `procMount` is not edited.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.ProcMount is { Value: "Unmasked" } proc)
        {
            context.Report(c.At(proc.Span), $"{c.Subject()} mounts /proc unmasked", c.Object, c.Name, evidence: "Unmasked");
        }
    }
}
