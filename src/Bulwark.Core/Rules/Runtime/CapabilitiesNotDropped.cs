using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class CapabilitiesNotDropped : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT002",
        Name = "capabilities-not-dropped",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeCapabilities,
        Title = "Capabilities are not dropped",
        Description = "Checks that every container drops all Linux capabilities (`capabilities.drop: [ALL]`, `cap_drop: [ALL]`, `--cap-drop=ALL`) and adds back only what it needs.",
        Rationale = "Containers inherit a default capability set (CHOWN, DAC_OVERRIDE, FOWNER, NET_RAW, SETUID, SETGID, ...). Each is kernel attack surface an attacker inside the container can use, e.g. NET_RAW for ARP/DNS spoofing.",
        Remediation = "Drop ALL capabilities and add back only the ones the process needs (usually none, or NET_BIND_SERVICE).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  capabilities:\n    drop: [NET_RAW]",
        UseInstead = "securityContext:\n  capabilities:\n    drop: [ALL]",
        Fix = FixAvailability.Safe,
        FixNote = "Adding `ALL` to `capabilities.drop` is safe when the container adds nothing: the capabilities it needs must be listed in `add` anyway. While it adds capabilities, no fix is offered (remove or allow them first, RT003). Compose: `cap_drop: [ALL]`, under the same condition.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (Capabilities.DropsAll(c))
        {
            return;
        }

        var where = c.CapDrop.Count > 0 ? c.CapDrop[0].Span : null;
        var dropped = c.CapDrop.Count > 0 ? $" (drops only {string.Join(", ", c.CapDrop.Select(d => d.Value))})" : string.Empty;
        var fix = c.CapAdd.Count == 0 ? new FixSuggestion(FixApplicability.Safe, "Drop all capabilities") : null;
        context.Report(c.At(where), $"{c.Subject()} does not drop all capabilities{dropped}", c.Object, c.Name, fix: fix);
    }
}
