using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: no container port may be bound on the host.</summary>
internal sealed class HostPortsCheck : PodCheck
{
    public override string Id => "hostPorts";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        var ports = new List<string>();
        foreach (var c in pod.Containers)
        {
            var used = c.Node.StructList("ports").Select(p => HostPort(p, c)).Where(p => p.Port != 0).ToList();
            if (used.Count > 0)
            {
                bad.Add(c.Name, used[0].Span);
                ports.AddRange(used.Select(p => p.Port.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return bad.Count == 0 ? CheckOutcome.Pass : CheckOutcome.Fail("hostPort", Detail(bad, ports), bad.Spans);
    }

    // kube-apiserver copies containerPort into an unset hostPort for hostNetwork pods before admission.
    private static (long Port, SourceSpan Span) HostPort(YamlMapping port, ContainerView container)
    {
        var hostPort = port.IntField("hostPort") ?? 0;
        if (hostPort == 0 && container.HostPortDefaulting)
        {
            return (port.IntField("containerPort") ?? 0, port.SpanOf("containerPort") ?? port.Span);
        }

        return (hostPort, port.SpanOf("hostPort") ?? port.Span);
    }

    // Ports are compared as strings, so "10" sorts before "9", as upstream's sets.String does.
    private static string Detail(Offenders bad, List<string> ports)
    {
        var distinct = MessageText.SortedSet(ports);
        return $"{MessageText.Containers(bad.Names)} {MessageText.Pluralize("uses", "use", bad.Count)} " +
            $"{MessageText.Pluralize("hostPort", "hostPorts", distinct.Count)} {string.Join(", ", distinct)}";
    }
}
