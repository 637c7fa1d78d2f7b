using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class MissingResourceLimits : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT005",
        Name = "missing-resource-limits",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeResourceLimits,
        Title = "CPU/memory limits or requests are missing",
        Description = "Checks that every container sets CPU and memory limits and requests (Kubernetes), `deploy.resources.limits` or `mem_limit`/`cpus` plus a PID limit (compose), `--memory`/`--cpus`/`--pids-limit` (docker). A request is satisfied by a limit, since the API server defaults requests to limits. Ephemeral containers are never asked: Kubernetes forbids resources on them.",
        Rationale = "Without limits one compromised or buggy container can starve the node (memory, CPU, fork bombs), taking down every other workload: a denial of service and a resource-hijacking (cryptomining) enabler.",
        Remediation = "Set `resources.limits.cpu`, `resources.limits.memory` and matching `requests` (Kubernetes), `--memory`, `--cpus` and `--pids-limit` (docker/compose).",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweUncontrolledResourceAllocation, Taxonomy.CweResourceExhaustion],
        Mitre = [Taxonomy.MitreEndpointDos, Taxonomy.MitreResourceHijacking],
        Example = "containers:\n  - name: app\n    image: app:1.0",
        UseInstead = "resources:\n  limits: {memory: \"512Mi\", cpu: \"500m\"}\n  requests: {memory: \"256Mi\", cpu: \"250m\"}",
        Fix = FixAvailability.Unsafe,
        FixNote = "Limits that are too small get a container OOM-killed or throttled, so the fix needs `--unsafe-fixes`. It writes the seed's values (limits 512Mi/500m, requests 256Mi/250m; `--limits`/`--requests` change them); a missing limit beside an existing request copies the request so the limit is never below it. Compose: the missing limits go under `deploy.resources.limits` as compose-harden writes them (`cpus: \"0.5\"`, `memory: 512m`, `pids: 256`; `--limits` converted to Docker units), or as the legacy `cpus`/`mem_limit`/`pids_limit` when the service already uses those or the file is format 2.",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.Kind == ContainerKind.Ephemeral)
        {
            return;
        }

        var missing = Missing(c).ToList();
        if (missing.Count > 0)
        {
            var fix = new FixSuggestion(FixApplicability.Unsafe, "Add resource limits and requests");
            context.Report(c.At(null), $"{c.Subject()} has no {string.Join(", ", missing)}", c.Object, c.Name, evidence: string.Join(",", missing), fix: fix);
        }
    }

    private static IEnumerable<string> Missing(ContainerProfile c)
    {
        if (c.CpuLimit is null)
        {
            yield return "CPU limit";
        }

        if (c.MemoryLimit is null)
        {
            yield return "memory limit";
        }

        if (c.SupportsRequests && c.CpuRequest is null)
        {
            yield return "CPU request";
        }

        if (c.SupportsRequests && c.MemoryRequest is null)
        {
            yield return "memory request";
        }

        if (c.SupportsPidsLimit && c.PidsLimit is null)
        {
            yield return "PID limit";
        }
    }
}
