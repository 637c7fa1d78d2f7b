using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Baseline 1.34+: probes and lifecycle hooks must not target another host (httpGet/tcpSocket
/// <c>host</c>), which would let the kubelet probe arbitrary addresses on the pod's behalf.
/// </summary>
internal sealed class HostProbesAndHostLifecycleCheck : PodCheck
{
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] Hooks = ["postStart", "preStop"];
    private static readonly string[] Handlers = ["httpGet", "tcpSocket"];

    public override string Id => "hostProbesAndHostLifecycle";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(34, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        var hosts = new List<string>();
        foreach (var c in pod.Containers)
        {
            var found = HostsOf(c.Node).ToList();
            if (found.Count > 0)
            {
                bad.Add(c.Name, found[0].Span);
                hosts.AddRange(found.Select(h => h.Value));
            }
        }

        if (bad.Count == 0)
        {
            return CheckOutcome.Pass;
        }

        // Unlike most checks, containers are a sorted set here.
        var containers = MessageText.SortedSet(bad.Names);
        var hostList = MessageText.SortedSet(hosts);
        var detail = $"{MessageText.Containers(containers)} {MessageText.Pluralize("uses", "use", containers.Count)} " +
            $"{MessageText.Pluralize("probe or lifecycle host", "probe or lifecycle hosts", hostList.Count)} {MessageText.JoinQuote(hostList)}";
        return CheckOutcome.Fail("probe or lifecycle host", detail, bad.Spans);
    }

    private static IEnumerable<YamlScalar> HostsOf(YamlMapping container)
    {
        var lifecycle = container.Struct("lifecycle");
        var handlers = Probes.Select(p => container.Struct(p)).Concat(Hooks.Select(h => lifecycle.Struct(h)));
        return handlers
            .SelectMany(h => Handlers.Select(kind => h.Struct(kind).StringField("host")))
            .OfType<YamlScalar>()
            .Where(host => host.Value.Length > 0);
    }
}
