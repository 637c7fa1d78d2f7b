using Bulwark.Engine;
using Bulwark.Kubernetes.Namespaces;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// The NetworkPolicies of a scan by namespace, and where coverage cannot be judged: a namespace
/// that also has Calico or Cilium policies (or the scan has cluster-wide ones) is "not evaluable",
/// so rules stay silent there rather than report traffic those policies may well block.
/// </summary>
public sealed class NetworkInventory
{
    private readonly Dictionary<string, List<NetworkPolicy>> _policies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherPolicyNamespaces = new(StringComparer.Ordinal);
    private readonly bool _clusterWideOtherPolicies;

    public NetworkInventory(AnalysisSession session)
    {
        Namespaces = new NamespaceInventory(session);
        foreach (var obj in session.Models<KubernetesObject>())
        {
            if (NetworkPolicy.From(obj) is { } policy)
            {
                PoliciesList(obj.Namespace).Add(policy);
            }
            else if (IsOtherPolicyKind(obj))
            {
                _clusterWideOtherPolicies |= IsClusterWide(obj);
                _otherPolicyNamespaces.Add(obj.Namespace);
            }
        }
    }

    public NamespaceInventory Namespaces { get; }

    public IReadOnlyList<NetworkPolicy> PoliciesIn(string ns) => _policies.GetValueOrDefault(ns) ?? [];

    public IEnumerable<NetworkPolicy> Selecting(PodTemplate pod) => PoliciesIn(pod.Owner.Namespace).Where(p => p.Selects(pod));

    public bool IsEvaluable(string ns) => !_clusterWideOtherPolicies && !_otherPolicyNamespaces.Contains(ns);

    /// <summary>Namespaces with workloads that NetworkPolicies can protect and whose coverage can be judged, in scan order.</summary>
    public IEnumerable<string> EvaluableWorkloadNamespaces() =>
        Namespaces.WorkloadNamespaces.Where(ns => IsEvaluable(ns) && WorkloadsIn(ns).Count > 0);

    /// <summary>The namespace's workloads that NetworkPolicies apply to (not on the host network).</summary>
    public IReadOnlyList<PodTemplate> WorkloadsIn(string ns) => [.. Namespaces.WorkloadsIn(ns).Where(p => !UsesHostNetwork(p))];

    /// <summary>Pods on the node's network are outside NetworkPolicy's reach.</summary>
    public static bool UsesHostNetwork(PodTemplate pod) => pod.Spec.Bool("hostNetwork") == true;

    /// <summary>Whether any policy isolates the pod for ingress (then only its rules' peers may connect).</summary>
    public bool IsIngressIsolated(PodTemplate pod) => Selecting(pod).Any(p => p.AppliesToIngress);

    /// <summary>Policies of CNI-specific kinds (CiliumNetworkPolicy, Calico's NetworkPolicy, AdminNetworkPolicy, ...).</summary>
    private static bool IsOtherPolicyKind(KubernetesObject obj) =>
        obj.Kind.EndsWith("NetworkPolicy", StringComparison.Ordinal) && !(obj.Kind == "NetworkPolicy" && NetworkPolicy.IsCoreApi(obj.ApiVersion));

    private static bool IsClusterWide(KubernetesObject obj) =>
        obj.Kind.Contains("Clusterwide", StringComparison.Ordinal) || obj.Kind.Contains("Global", StringComparison.Ordinal) || obj.Kind.Contains("AdminNetworkPolicy", StringComparison.Ordinal);

    private List<NetworkPolicy> PoliciesList(string ns)
    {
        if (!_policies.TryGetValue(ns, out var list))
        {
            list = [];
            _policies[ns] = list;
        }

        return list;
    }
}
