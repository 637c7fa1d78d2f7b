using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.Rules.Docker;

public sealed class PortOnAllInterfaces : ModelRule<DockerContainer>
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DKR003",
        Name = "port-on-all-interfaces",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.NetworkIsolation,
        Title = "Port is published on all host interfaces",
        Description = "Reports published ports without a host IP (`-p 8080:80`, `ports: [\"8080:80\"]`, a bare container port), or bound to `0.0.0.0` / `::`, and `-P` / `--publish-all`. Docker binds those on every interface of the host. Interpolated host IPs (`${BIND_IP}:8080:80`) are not judged.",
        Rationale = "A port on every interface is reachable from every network the host is on, and Docker's own iptables rules bypass host firewalls such as ufw. Services meant for local or reverse-proxy use end up on the internet.",
        Remediation = "Bind to the interface that needs the port: `-p 127.0.0.1:8080:80` (compose `\"127.0.0.1:8080:80\"` or `host_ip: 127.0.0.1`).",
        Surfaces = Surfaces.Compose | Surfaces.DockerRun | Surfaces.DockerEngine,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreExploitPublicFacing, Taxonomy.MitreNetworkServiceDiscovery],
        Example = "ports:\n  - \"8080:80\"",
        UseInstead = "ports:\n  - \"127.0.0.1:8080:80\"",
    };

    public override void Check(DockerContainer d, RuleContext context)
    {
        var p = d.Profile;
        if (p.HostNetwork?.Value == true)
        {
            return;
        }

        foreach (var port in d.Ports.Where(port => port.OnAllInterfaces))
        {
            context.Report(p.At(port.Span), $"{p.Subject()} publishes port {port.Describe()} on all interfaces", p.Object, p.Name, evidence: port.Describe());
        }

        if (d.PublishAll is { Value: true } all)
        {
            context.Report(p.At(all.Span), $"{p.Subject()} publishes all exposed ports on all interfaces (--publish-all)", p.Object, p.Name, evidence: "publish-all");
        }
    }
}
