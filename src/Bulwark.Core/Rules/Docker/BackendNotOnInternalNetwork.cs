using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.Rules.Docker;

public sealed class BackendNotOnInternalNetwork : ModelRule<DockerContainer>
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DKR002",
        Name = "backend-not-on-internal-network",
        DefaultSeverity = Severity.Low,
        Practice = Practices.NetworkIsolation,
        Title = "Back-end container sits on a network that is not internal",
        Description = "A container that publishes no ports is a back-end: only other containers talk to it. This rule reports each network such a container joins that is not `internal: true` (compose), including the project's `default` network and `network_mode: bridge`; on a running engine, each attached network whose `Internal` flag is false. Containers with published ports, `network_mode: none`, host or shared network modes and external networks (whose definition is elsewhere) are not judged. `docker run` commands are not judged: a command line does not show whether a named network is internal.",
        Rationale = "A non-internal network gives a back-end container a route to the outside world: a compromised database or worker can download tools and exfiltrate data directly. An internal network (`docker network create --internal`) keeps container-to-container traffic and drops the route out.",
        Remediation = "Put back-end services only on networks declared `internal: true`, and reach them from a front-end service that joins both networks. Services that genuinely need outbound access can suppress this rule.",
        Surfaces = Surfaces.Compose | Surfaces.DockerEngine,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreIngressTransfer, Taxonomy.MitreLateralToolTransfer],
        Example = "services:\n  db:\n    image: postgres:16\n    networks: [back]\nnetworks:\n  back: {}",
        UseInstead = "services:\n  db:\n    image: postgres:16\n    networks: [back]\nnetworks:\n  back:\n    internal: true",
    };

    public override void Check(DockerContainer d, RuleContext context)
    {
        if (d.Networks is not { Count: > 0 } networks || d.Ports.Count > 0 || d.PublishAll?.Value == true)
        {
            return;
        }

        var p = d.Profile;
        foreach (var network in networks.Where(n => n.Internal == false))
        {
            var which = network.Name == "default" ? "the default network" : $"network \"{network.Name}\"";
            context.Report(p.At(network.Span), $"{p.Subject()} publishes no ports but sits on {which}, which is not internal", p.Object, p.Name, evidence: network.Name);
        }
    }
}
