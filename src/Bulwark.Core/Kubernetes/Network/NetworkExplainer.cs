using Bulwark.Engine;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// Works out, for each workload of a namespace, which policies select it and which peers may reach
/// it on which ports: the diagram users otherwise draw by hand from the policies.
/// </summary>
public sealed class NetworkExplainer
{
    private const int MaxNamedWorkloads = 3;
    private readonly NetworkInventory _network;

    public NetworkExplainer(AnalysisSession session)
    {
        _network = new NetworkInventory(session);
        KnownNamespaces = session.Models<KubernetesObject>().Where(o => !o.IsClusterScoped || o.Kind == "Namespace")
            .Select(o => o.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Namespaces that any object of the scan lives in (or a Namespace object names).</summary>
    public IReadOnlyList<string> KnownNamespaces { get; }

    /// <summary>The namespace's picture, or null when nothing in the scan is in it.</summary>
    public NetworkExplanation? Explain(string ns)
    {
        if (!KnownNamespaces.Contains(ns, StringComparer.Ordinal))
        {
            return null;
        }

        var policies = _network.PoliciesIn(ns);
        return new NetworkExplanation(
            ns,
            policies.Count,
            [.. policies.Where(p => p.IsDefaultDenyIngress).Select(p => p.Name)],
            [.. policies.Where(p => p.IsDefaultDenyEgress).Select(p => p.Name)],
            !_network.IsEvaluable(ns),
            [.. policies.Where(p => p.PodSelector.Problem is not null).Select(p => $"{p.Name}: {p.PodSelector}")],
            [.. _network.Namespaces.WorkloadsIn(ns).Select(Reach)]);
    }

    private WorkloadReach Reach(PodTemplate pod)
    {
        var selecting = _network.Selecting(pod).ToList();
        var names = selecting.Select(p => p.Name).ToList();
        if (NetworkInventory.UsesHostNetwork(pod))
        {
            return new WorkloadReach(Name(pod, pod.Owner.Namespace), names, IngressState.HostNetwork, []);
        }

        var ingress = selecting.Where(p => p.AppliesToIngress).ToList();
        var state = ingress.Count == 0 ? IngressState.Open : IngressState.Isolated;
        var allowed = ingress.SelectMany(p => p.Ingress.SelectMany(r => Allowances(p, r))).ToList();
        return new WorkloadReach(Name(pod, pod.Owner.Namespace), names, state, allowed);
    }

    private IEnumerable<IngressAllowance> Allowances(NetworkPolicy policy, NetworkPolicyRule rule)
    {
        var ports = NetworkPort.Describe(rule.Ports);
        if (rule.AllowsAllPeers)
        {
            yield return new IngressAllowance("everywhere", ports, policy.Name);
            yield break;
        }

        foreach (var peer in rule.Peers)
        {
            yield return new IngressAllowance(Describe(peer, policy.Namespace), ports, policy.Name);
        }
    }

    private string Describe(NetworkPeer peer, string policyNamespace)
    {
        // Naming every workload of the scan for "all pods" would bury the table, so only narrow peers are resolved.
        if (peer.IpBlock is not null || peer.IsEmpty || peer.InvalidSelector is not null || (IsBroad(peer.PodSelector) && IsBroad(peer.NamespaceSelector)))
        {
            return peer.ToString();
        }

        var matches = _network.Namespaces.WorkloadNamespaces
            .SelectMany(ns => _network.Namespaces.WorkloadsIn(ns))
            .Where(w => peer.MatchesPod(policyNamespace, w.Owner.Namespace, KubernetesLabels.Of(w), _network.Namespaces.LabelsOf(w.Owner.Namespace)))
            .Select(w => Name(w, policyNamespace))
            .ToList();
        var named = matches.Count == 0 ? "no workload in the scan"
            : matches.Count <= MaxNamedWorkloads ? string.Join(", ", matches)
            : string.Join(", ", matches.Take(MaxNamedWorkloads)) + $", +{matches.Count - MaxNamedWorkloads} more";
        return $"{peer} [{named}]";
    }

    private static bool IsBroad(LabelSelector? selector) => selector is null || selector.SelectsEverything;

    /// <summary><c>Kind/name</c>, with the namespace only when it differs from the one explained.</summary>
    private static string Name(PodTemplate pod, string ns) =>
        pod.Owner.Namespace == ns ? $"{pod.Owner.Kind}/{pod.Owner.Name}" : $"{pod.Owner.Kind}/{pod.Owner.Namespace}/{pod.Owner.Name}";
}
