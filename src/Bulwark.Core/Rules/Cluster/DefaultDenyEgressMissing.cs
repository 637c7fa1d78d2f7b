using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes.Namespaces;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Rules.Cluster;

public sealed class DefaultDenyEgressMissing : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S006",
        Name = "default-deny-egress-missing",
        DefaultSeverity = Severity.Low,
        Practice = Practices.NetworkPolicies,
        Title = "Namespace has no default-deny egress NetworkPolicy",
        Description = "For every namespace that holds workloads, looks for a NetworkPolicy with `podSelector: {}`, `Egress` in its `policyTypes` and no egress rules. `policyTypes` defaults as the API server does: Egress only counts when listed or when the policy has egress rules. Reported on the Namespace object, or on the first workload when the scan has none. Kubernetes' own namespaces (`kube-system`, ...) are skipped. Evaluated only when the scan includes cluster configuration (a Namespace or NetworkPolicy object); a lone workload manifest is not judged for what lives elsewhere.",
        Rationale = "Without egress control a compromised pod can download tools, reach the cloud metadata endpoint and exfiltrate data. Egress is lower severity than ingress because most workloads legitimately call out (DNS, APIs), so a default-deny needs careful allow rules.",
        Remediation = "Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Egress]` and no egress rules, then allow DNS and the destinations each workload needs.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreIngressTransfer, Taxonomy.MitreLateralToolTransfer],
        Example = "# namespace with Deployments and no egress policy",
        UseInstead = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all-egress\nspec:\n  podSelector: {}\n  policyTypes:\n  - Egress",
        References = ["[Default deny all egress traffic](https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-egress-traffic)", "`bulwark scan --explain-network NAMESPACE` ([docs/cluster.md](../cluster.md))"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var network = new NetworkInventory(session);
        if (!network.Namespaces.DescribesClusterConfiguration)
        {
            return;
        }

        var lacking = network.EvaluableWorkloadNamespaces()
            .Where(n => !NamespaceInventory.IsSystem(n) && !network.PoliciesIn(n).Any(p => p.IsDefaultDenyEgress));
        foreach (var ns in lacking)
        {
            var (obj, location) = network.Namespaces.AnchorOf(ns);
            context.Report(location, $"namespace \"{ns}\" has no default-deny egress NetworkPolicy: its pods may connect anywhere unless a policy restricts them", obj.Ref, evidence: ns);
        }
    }
}
