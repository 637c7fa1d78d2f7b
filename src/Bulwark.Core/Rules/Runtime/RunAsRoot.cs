using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

/// <summary>Flags containers that may run, or are told to run, as uid 0 / gid 0.</summary>
public sealed class RunAsRoot : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT001",
        Name = "run-as-root",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeNonRoot,
        Title = "Container may run as root",
        Description = "Checks that a non-root user is in effect for every container: `runAsNonRoot: true` or a non-zero `runAsUser` (container or pod level), a non-root `user:` in compose or `--user` for docker. An explicit uid 0 is reported at higher severity, as are a root primary group (`runAsGroup: 0`) and a root `fsGroup`.",
        Rationale = "A process running as root inside a container is root on the host's kernel: any escape (kernel bug, writable host mount, runtime flaw) lands with full privileges. Never run containers as root.",
        Remediation = "Set `runAsNonRoot: true` and `runAsUser`/`runAsGroup` to a non-zero id (Kubernetes), `user: \"1000:1000\"` (compose) or `--user 1000:1000` (docker).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "securityContext:\n  runAsUser: 0",
        UseInstead = "securityContext:\n  runAsNonRoot: true\n  runAsUser: 1000\n  runAsGroup: 1000",
        Fix = FixAvailability.Unsafe,
        FixNote = "Changing the user can break images that write to root-owned paths or bind ports below 1024, so the fix needs `--unsafe-fixes`. It writes the seed's pod-level `runAsNonRoot: true`, `runAsUser`/`runAsGroup`/`fsGroup: 1000` (`--run-as-user` changes the id) and replaces a container's own root setting in place. Compose: `user: \"1000:1000\"` where the service sets no user or root (`--run-as-user` changes the id); a root group alone (`app:0`) becomes the configured group; `group_add` entries for root are removed.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        CheckUser(c, context);
        if (c.RunAsGroup is { Value: 0 } group)
        {
            var (subject, container) = c.Scope(group);
            context.Report(c.At(group.Span), $"{subject} runs with root primary group (gid 0)", c.Object, container, evidence: "gid=0");
        }

        if (c.FsGroup is { Value: 0 } fsGroup)
        {
            var (subject, container) = c.Scope(fsGroup);
            context.Report(c.At(fsGroup.Span), $"{subject} gives its containers the root supplementary group (fsGroup: 0)", c.Object, container, evidence: "fsGroup=0");
        }
    }

    private static void CheckUser(ContainerProfile c, RuleContext context)
    {
        if (c.RunAsUser is { Value: 0 } uid)
        {
            var term = c.Term("runAsUser: 0", "user: 0", "--user 0");
            var (subject, container) = c.Scope(uid);
            context.Report(c.At(uid.Span), $"{subject} is set to run as root ({term})", c.Object, container, Severity.High, "uid=0");
            return;
        }

        if (c.UserName is { } name && name.Value == "root")
        {
            context.Report(c.At(name.Span), $"{c.Subject()} is set to run as root (user \"root\")", c.Object, c.Name, Severity.High, "user=root");
            return;
        }

        var nonRoot = c.RunAsNonRoot?.Value == true || c.RunAsUser is { Value: > 0 } || c.UserName is not null;
        if (!nonRoot)
        {
            var why = c.Term("neither runAsNonRoot: true nor a non-zero runAsUser is set", "no non-root user: is set", "no non-root --user is set");
            context.Report(c.At(c.RunAsNonRoot is { Value: false } f ? f.Span : null), $"{c.Subject()} may run as root: {why}", c.Object, c.Name, evidence: "user=unset");
        }
    }
}
