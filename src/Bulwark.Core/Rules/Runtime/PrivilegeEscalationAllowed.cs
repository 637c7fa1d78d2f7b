using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class PrivilegeEscalationAllowed : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT006",
        Name = "privilege-escalation-allowed",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeNoNewPrivileges,
        Title = "Privilege escalation is not disabled",
        Description = "Checks that `allowPrivilegeEscalation: false` (Kubernetes) or `no-new-privileges` (`security_opt`, `--security-opt`) is set explicitly. A privileged container or one with CAP_SYS_ADMIN can never have it disabled, which is reported as worse.",
        Rationale = "Without no_new_privs a process can gain privileges through setuid/setgid binaries or file capabilities, turning a foothold as an unprivileged user into root inside the container.",
        Remediation = "Set `allowPrivilegeEscalation: false` (Kubernetes) or `security_opt: [no-new-privileges:true]` / `--security-opt=no-new-privileges` (Docker).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext: {}",
        UseInstead = "securityContext:\n  allowPrivilegeEscalation: false",
        Fix = FixAvailability.Safe,
        FixNote = "Adding the missing `allowPrivilegeEscalation: false` is safe: no_new_privs only blocks gaining privileges through setuid binaries, which hardened workloads do not use. Flipping an explicit `true` overrides a deliberate choice, so that fix is unsafe (`--unsafe-fixes`). No fix is offered while the container is privileged or adds SYS_ADMIN (fix those first). Compose: `no-new-privileges:true` is added to `security_opt` (safe); an explicit `no-new-privileges:false` is replaced (unsafe).",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.Privileged?.Value == true || Capabilities.AddsSysAdmin(c))
        {
            var cause = c.Privileged?.Value == true ? "it is privileged" : "it adds CAP_SYS_ADMIN";
            context.Report(c.At(c.AllowPrivilegeEscalation?.Span ?? c.Privileged?.Span), $"{c.Subject()} can always escalate privileges: {cause}", c.Object, c.Name, Severity.High);
            return;
        }

        if (c.AllowPrivilegeEscalation?.Value != false)
        {
            var term = c.Term("allowPrivilegeEscalation: false", "no-new-privileges:true", "--security-opt=no-new-privileges");
            var fix = new FixSuggestion(FixApplicability.Safe, "Disable privilege escalation");
            context.Report(c.At(c.AllowPrivilegeEscalation?.Span), $"{c.Subject()} does not set {term}", c.Object, c.Name, fix: fix);
        }
    }
}
