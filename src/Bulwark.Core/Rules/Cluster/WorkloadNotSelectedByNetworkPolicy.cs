using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// Only namespaces that have NetworkPolicies are checked: where there are none, K8S005 already
/// reports the namespace once and a finding per workload would repeat it.
/// </summary>
public sealed class WorkloadNotSelectedByNetworkPolicy : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S007",
        Name = "workload-not-selected-by-network-policy",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.NetworkPolicies,
        Title = "Workload is selected by no NetworkPolicy",
        Description = "In namespaces that have NetworkPolicies, reports workloads whose pods (labels from the pod template) no policy's `podSelector` matches, with full selector semantics (`matchLabels`, `matchExpressions` In/NotIn/Exists/DoesNotExist, `{}` for all pods). Pods on the host network are skipped: NetworkPolicies do not apply to them.",
        Rationale = "A pod no policy selects is not isolated at all: it accepts traffic from any pod in the cluster and may connect anywhere, even though its neighbours are locked down. It is usually a label typo or a workload added after the policies were written.",
        Remediation = "Add a default-deny policy (`podSelector: {}`) to the namespace, or a policy whose podSelector matches this workload's pod labels.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweExposedResource, Taxonomy.CweMissingAuthorization],
        Mitre = [Taxonomy.MitreNetworkServiceDiscovery, Taxonomy.MitreLateralToolTransfer],
        Example = "podSelector:\n  matchLabels:\n    app: backend   # but the pods are labelled app: back-end",
        UseInstead = "podSelector:\n  matchLabels:\n    app: back-end",
        References = ["[Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/)", "`bulwark scan --explain-network NAMESPACE` ([docs/cluster.md](../cluster.md))"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var network = new NetworkInventory(session);
        foreach (var ns in network.EvaluableWorkloadNamespaces().Where(n => network.PoliciesIn(n).Count > 0))
        {
            foreach (var pod in network.WorkloadsIn(ns).Where(p => !network.Selecting(p).Any()))
            {
                var owner = pod.Owner;
                var policies = network.PoliciesIn(ns).Count;
                var message = $"{owner.Kind} \"{owner.Name}\" is selected by none of the {policies} NetworkPolicies in namespace \"{ns}\": its pods accept traffic from anywhere";
                context.Report(owner.At(null), message, owner.Ref, evidence: Labels(pod));
            }
        }
    }

    private static string Labels(PodTemplate pod) =>
        string.Join(',', KubernetesLabels.Of(pod).Select(l => $"{l.Key}={l.Value}"));
}
