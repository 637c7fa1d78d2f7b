using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class SeccompUnconfined : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT012",
        Name = "seccomp-unconfined",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeIsolation,
        Title = "Seccomp is not enabled",
        Description = "Kubernetes: checks that a seccomp profile (`RuntimeDefault` or `Localhost`) is set on the container or the pod, through the field or the legacy annotations; Kubernetes runs containers Unconfined by default. All surfaces: reports an explicit `Unconfined` / `seccomp=unconfined` (Docker applies its default profile unless told not to).",
        Rationale = "Seccomp filters the syscalls a container may make; without it the whole kernel syscall surface is reachable, including the calls most container escapes rely on (unshare, keyctl, bpf, ...).",
        Remediation = "Set `securityContext.seccompProfile.type: RuntimeDefault` at pod level (Kubernetes); never use `seccomp=unconfined` (Docker).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperIsolation],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  seccompProfile:\n    type: Unconfined",
        UseInstead = "securityContext:\n  seccompProfile:\n    type: RuntimeDefault",
        Fix = FixAvailability.Safe,
        FixNote = "A missing profile gets `seccompProfile: {type: RuntimeDefault}` on the pod (safe: it is the profile Docker applies to every container by default, and workloads that need a blocked syscall are rare and visible in testing). Replacing an explicit Unconfined overrides a deliberate choice, so that fix is unsafe; legacy seccomp annotations are not edited. Compose: an explicit `seccomp:unconfined` is removed from `security_opt` so Docker's default profile applies again (unsafe, for the same reason).",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        var profile = c.SeccompProfile;
        if (profile is not null && string.Equals(profile.Value, "Unconfined", StringComparison.OrdinalIgnoreCase))
        {
            var (subject, container) = c.Scope(profile);
            context.Report(c.At(profile.Span), $"{subject} runs with seccomp Unconfined", c.Object, container, Severity.High, "Unconfined");
        }
        else if (profile is null && c.Surface == Surfaces.Kubernetes)
        {
            var fix = new FixSuggestion(FixApplicability.Safe, "Set seccompProfile type RuntimeDefault");
            context.Report(c.At(null), $"{c.Subject()} has no seccomp profile (neither the container nor the pod sets seccompProfile)", c.Object, c.Name, evidence: "unset", fix: fix);
        }
    }
}
