using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class WritableRootFilesystem : ContainerRule
{
    private static readonly string[] TmpfsHardening = ["noexec", "nosuid"];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT004",
        Name = "writable-root-filesystem",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeReadOnlyRoot,
        Title = "Root filesystem is writable",
        Description = "Checks that the root filesystem is read-only (`readOnlyRootFilesystem: true`, `read_only: true`, `--read-only`). When it is, checks the seed's pairing: a writable volume (emptyDir / tmpfs) mounted at `/tmp`, and for Docker tmpfs mounts the `noexec,nosuid` options.",
        Rationale = "A writable root filesystem lets an attacker drop tools, modify binaries and persist inside the container. A read-only root with a small writable /tmp keeps applications working while blocking that.",
        Remediation = "Set `readOnlyRootFilesystem: true` and mount an emptyDir at /tmp (Kubernetes), or `read_only: true` with `tmpfs: /tmp:rw,noexec,nosuid` (compose), or `--read-only --tmpfs /tmp:rw,noexec,nosuid` (docker).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweIncorrectDefaultPermissions],
        Mitre = [Taxonomy.MitreDeployContainer],
        Example = "securityContext:\n  readOnlyRootFilesystem: false",
        UseInstead = "securityContext:\n  readOnlyRootFilesystem: true\nvolumeMounts:\n  - name: tmp\n    mountPath: /tmp\n# with a pod volume: {name: tmp, emptyDir: {}}",
        Fix = FixAvailability.Unsafe,
        FixNote = "Applications that write outside /tmp fail on a read-only root, so the fix (`readOnlyRootFilesystem: true` plus an emptyDir volume named `tmp` mounted at /tmp, reusing an existing emptyDir of that name) needs `--unsafe-fixes`. Compose: `read_only: true` plus `tmpfs: [\"/tmp:rw,noexec,nosuid\"]` (compose-harden's tmpfs), the tmpfs only when nothing is mounted at /tmp yet.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.ReadOnlyRootFilesystem?.Value != true)
        {
            var fix = new FixSuggestion(FixApplicability.Unsafe, "Make the root filesystem read-only and mount a writable /tmp");
            context.Report(c.At(c.ReadOnlyRootFilesystem?.Span), $"{c.Subject()} has a writable root filesystem", c.Object, c.Name, fix: fix);
            return;
        }

        var tmp = c.Mounts.FirstOrDefault(m => IsTmp(m.Target.Value) && !m.ReadOnly && m.Kind is MountKind.EmptyDir or MountKind.Tmpfs or MountKind.Volume);
        if (tmp is null)
        {
            var fix = new FixSuggestion(FixApplicability.Unsafe, "Mount a writable volume at /tmp");
            context.Report(c.At(c.ReadOnlyRootFilesystem.Span), $"{c.Subject()} has a read-only root filesystem but no writable volume at /tmp", c.Object, c.Name, Severity.Low, fix: fix);
            return;
        }

        if (tmp.Kind == MountKind.Tmpfs && c.Surface != Surfaces.Kubernetes)
        {
            var missing = TmpfsHardening.Where(o => !tmp.Options.Contains(o, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                context.Report(c.At(tmp.Span), $"{c.Subject()} mounts tmpfs at /tmp without {string.Join(",", missing)}", c.Object, c.Name, Severity.Low);
            }
        }
    }

    private static bool IsTmp(string path) => path.TrimEnd('/') == "/tmp";
}
