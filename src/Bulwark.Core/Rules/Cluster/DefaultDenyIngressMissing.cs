using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes.Namespaces;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// One finding per namespace with workloads and no default-deny ingress policy. Low instead of
/// medium when every workload there is already selected by an ingress policy of its own: only
/// pods added later would be open by default.
/// </summary>
public sealed class DefaultDenyIngressMissing : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S005",
        Name = "default-deny-ingress-missing",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.NetworkPolicies,
        Title = "Namespace has no default-deny ingress NetworkPolicy",
        Description = "For every namespace that holds workloads, looks for a NetworkPolicy with `podSelector: {}`, `Ingress` in its (possibly defaulted) `policyTypes` and no ingress rules, like the seed's `deny-all-ingress`. Reported on the Namespace object, or on the first workload when the scan has none. Namespaces that also carry Calico or Cilium policies are not evaluated, nor are `kube-system`, `kube-public` and `kube-node-lease`, where a default deny cuts off cluster DNS and the control plane. Evaluated only when the scan includes cluster configuration (a Namespace or NetworkPolicy object); a lone workload manifest is not judged for what lives elsewhere.",
        Rationale = "Kubernetes lets every pod receive traffic from every other pod and from outside until some policy selects it. A default-deny makes allowed traffic an explicit list, so a compromised pod cannot reach services it never needed (lateral movement).",
        Remediation = "Add a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress]` and no ingress rules, then allow the flows each workload needs.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweExposedResource, Taxonomy.CweMissingAuthorization],
        Mitre = [Taxonomy.MitreNetworkServiceDiscovery, Taxonomy.MitreLateralToolTransfer],
        Example = "# namespace with Deployments and no NetworkPolicy",
        UseInstead = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all-ingress\nspec:\n  podSelector: {}\n  policyTypes:\n  - Ingress\n  ingress: []",
        References = ["[Default deny all ingress traffic](https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic)", "`bulwark scan --explain-network NAMESPACE` ([docs/cluster.md](../cluster.md))"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var network = new NetworkInventory(session);
        if (!network.Namespaces.DescribesClusterConfiguration)
        {
            return;
        }

        foreach (var ns in network.EvaluableWorkloadNamespaces().Where(n => !NamespaceInventory.IsSystem(n)))
        {
            if (network.PoliciesIn(ns).Any(p => p.IsDefaultDenyIngress))
            {
                continue;
            }

            var workloads = network.WorkloadsIn(ns);
            var open = workloads.Count(w => !network.IsIngressIsolated(w));
            var detail = open == 0
                ? $"each of its {workloads.Count} workloads is selected by an ingress policy of its own, but pods added later accept traffic from anywhere"
                : $"{open} of its {workloads.Count} workloads accept ingress from anywhere";
            var (obj, location) = network.Namespaces.AnchorOf(ns);
            var severity = open == 0 ? Severity.Low : context.Rule.DefaultSeverity;
            context.Report(location, $"namespace \"{ns}\" has no default-deny ingress NetworkPolicy: {detail}", obj.Ref, severity: severity, evidence: ns);
        }
    }
}
