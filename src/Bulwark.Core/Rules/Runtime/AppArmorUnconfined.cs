using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class AppArmorUnconfined : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT013",
        Name = "apparmor-unconfined",
        DefaultSeverity = Severity.High,
        Practice = Practices.RuntimeIsolation,
        Title = "AppArmor is disabled",
        Description = "Reports an explicit Unconfined AppArmor profile: `appArmorProfile.type: Unconfined` or the `container.apparmor.security.beta.kubernetes.io/<name>: unconfined` annotation (Kubernetes), `apparmor=unconfined` / `apparmor:unconfined` (Docker `security_opt`).",
        Rationale = "The runtime's default AppArmor profile denies mounts, writes to /proc and /sys and other escape primitives; turning it off removes that layer.",
        Remediation = "Remove the Unconfined setting so the runtime's default profile applies, or use a Localhost profile.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperIsolation],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  appArmorProfile:\n    type: Unconfined",
        UseInstead = "securityContext:\n  appArmorProfile:\n    type: RuntimeDefault",
        Fix = FixAvailability.Unsafe,
        FixNote = "Compose only: `apparmor:unconfined` is removed from `security_opt` where it is written, so Docker's default profile applies again. Someone turned it off on purpose (a workload the profile blocks), so the fix needs `--unsafe-fixes`. Kubernetes profiles and annotations are not edited.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.AppArmorProfile is { } profile && string.Equals(profile.Value, "Unconfined", StringComparison.OrdinalIgnoreCase))
        {
            var (subject, container) = c.Scope(profile);
            context.Report(c.At(profile.Span), $"{subject} runs with AppArmor unconfined", c.Object, container, evidence: "Unconfined");
        }
    }
}
