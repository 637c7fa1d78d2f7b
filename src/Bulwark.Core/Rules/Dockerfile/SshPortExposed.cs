using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class SshPortExposed : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF014",
        Name = "ssh-port-exposed",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImageMinimalBase,
        Title = "Image exposes the SSH port",
        Description = "Reports `EXPOSE 22` (also `22/tcp`, `22/udp`, a range containing 22, or an ARG that resolves to 22) in the final stage and the stages it is built on.",
        Rationale = "An SSH server in a container is another daemon to patch, another set of credentials to leak and a remote way in that bypasses the orchestrator's access control and audit. Containers are debugged with `kubectl exec`/`docker exec`, not SSH.",
        Remediation = "Remove sshd and `EXPOSE 22` from the image; use `docker exec` or `kubectl exec`/`debug` for access.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreExploitPublicFacing, Taxonomy.MitreValidAccounts],
        Example = "EXPOSE 22 8080",
        UseInstead = "EXPOSE 8080",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var expose in DockerfileFacts.FinalLineage(model).SelectMany(s => s.InstructionsNamed("EXPOSE")))
        {
            foreach (var port in expose.Arguments.Where(p => IncludesSsh(p.Value)))
            {
                Report(context, model, port.Span, model.FinalStage, $"EXPOSE {port.Value} publishes the SSH port", evidence: port.Value);
            }
        }
    }

    private static bool IncludesSsh(string value)
    {
        var port = value.Split('/')[0];
        var dash = port.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return port == "22";
        }

        return int.TryParse(port[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            && int.TryParse(port[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
            && low <= 22 && high >= 22;
    }
}
