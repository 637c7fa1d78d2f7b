using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.Rules.Docker;

public sealed class RestartWithoutLimit : ModelRule<DockerContainer>
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DKR004",
        Name = "restart-without-limit",
        DefaultSeverity = Severity.Low,
        Practice = Practices.RuntimeResourceLimits,
        Title = "Restart policy retries forever",
        Description = "Reports restart policies that never give up: `always`, `unless-stopped` and `on-failure` without a retry count (`--restart`, compose `restart` or `deploy.restart_policy` without `max_attempts`). `on-failure:N` and `no` pass. Low severity: restarting forever is often what a service wants; the risk is a crash loop nobody notices.",
        Rationale = "A container that crashes in a loop (a failing exploit attempt, a bad configuration) is restarted without end, burning CPU and hiding the failure instead of surfacing it (CIS Docker Benchmark 5.15).",
        Remediation = "Use `--restart on-failure:5` (compose `restart: on-failure:5`, or `deploy.restart_policy.max_attempts`), and alert on containers that stop.",
        Surfaces = Surfaces.Compose | Surfaces.DockerRun | Surfaces.DockerEngine,
        Cwe = [Taxonomy.CweUncontrolledResourceAllocation],
        Mitre = [Taxonomy.MitreEndpointDos],
        Example = "restart: always",
        UseInstead = "restart: on-failure:5",
    };

    public override void Check(DockerContainer d, RuleContext context)
    {
        if (d.Restart is not { } restart || !RestartSpec.IsUnbounded(restart.Value))
        {
            return;
        }

        var p = d.Profile;
        var policy = restart.Value.Name;
        var term = p.Term(policy, $"restart: {policy}", $"--restart {policy}");
        context.Report(p.At(restart.Span), $"{p.Subject()} is restarted without a retry limit ({term})", p.Object, p.Name, evidence: policy);
    }
}
