using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class CapabilitiesAdded : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT003",
        Name = "capabilities-added",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeCapabilities,
        Title = "Capability added beyond the allowed set",
        Description = "Reports each capability a container adds that is not in the allowed set (default: NET_BIND_SERVICE, configurable with `options.allowed-capabilities`). Dangerous adds (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, NET_RAW, BPF, ALL, ...) are high, and ALL, SYS_ADMIN and SYS_MODULE critical.",
        Rationale = "Added capabilities hand the container kernel powers: SYS_ADMIN alone is close to root on the host (mount, cgroups escapes), SYS_PTRACE reads other processes, NET_ADMIN rewrites the network.",
        Remediation = "Remove the capability from `add`/`cap_add`/`--cap-add`, or allow it explicitly in the config when it is truly needed.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement, Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  capabilities:\n    add: [SYS_ADMIN]",
        UseInstead = "securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]",
        Fix = FixAvailability.Unsafe,
        FixNote = "Removing a capability the process relies on breaks it, so the fix (remove the capability; the whole `add` list when every entry is disallowed) needs `--unsafe-fixes`. Compose: the capability is removed from `cap_add` (the whole key when every entry is disallowed) where it is written; one inherited from another file through `extends` is not edited.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        var allowed = context.Options.AllowedCapabilities.Select(Capabilities.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var add in c.CapAdd)
        {
            var cap = Capabilities.Normalize(add.Value);
            if (allowed.Contains(cap))
            {
                continue;
            }

            var severity = Capabilities.Critical.Contains(cap) ? Severity.Critical
                : Capabilities.Dangerous.Contains(cap) ? Severity.High : Severity.Medium;
            var fix = new FixSuggestion(FixApplicability.Unsafe, $"Remove capability {cap}");
            context.Report(c.At(add.Span), $"{c.Subject()} adds capability {cap}", c.Object, c.Name, severity, cap, fix);
        }
    }
}
