using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class MissingHealthcheck : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF018",
        Name = "missing-healthcheck",
        DefaultSeverity = Severity.Low,
        Practice = Practices.MonitoringRuntime,
        Title = "Final stage has no HEALTHCHECK",
        Description = "Reports a final stage that has no HEALTHCHECK, neither itself nor in the stages it is built on. `HEALTHCHECK NONE` counts as a deliberate choice (for example when Kubernetes probes do the job) and is not reported. Builder stages are not judged.",
        Rationale = "Without a health check Docker and compose only know whether the process exists, not whether it works: a hung or compromised service keeps receiving traffic and nobody is alerted. The seed asks for runtime monitoring and detection.",
        Remediation = "Add `HEALTHCHECK CMD [\"/app\", \"healthcheck\"]` (exec form works without a shell), or `HEALTHCHECK NONE` when the orchestrator probes the container.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweLogging],
        Mitre = [Taxonomy.MitreEndpointDos],
        Example = "FROM nginx:1.25.4-alpine\nCOPY site /usr/share/nginx/html",
        UseInstead = "FROM nginx:1.25.4-alpine\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        if (model.FinalStage is { } final && !final.Lineage().Any(s => s.InstructionsNamed("HEALTHCHECK").Any()))
        {
            Report(context, model, final.From.Span, final, $"final stage ({final.DisplayName}) has no HEALTHCHECK (add one, or HEALTHCHECK NONE when the orchestrator probes it)", evidence: "healthcheck=unset");
        }
    }
}
