using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// "Otherwise denies" means the namespace has a default-deny ingress policy: there an open rule is a
/// hole in a deliberate wall. Without one, K8S005 reports the namespace instead.
/// </summary>
public sealed class NetworkPolicyAllowsAllIngress : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S008",
        Name = "network-policy-allows-all-ingress",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.NetworkPolicies,
        Title = "NetworkPolicy allows ingress from everywhere in a default-deny namespace",
        Description = "In namespaces with a default-deny ingress policy, reports ingress rules that admit every source: a rule with no `from` (or `from: []`, or `- {}`), or an `ipBlock` whose CIDR has prefix length 0 (`0.0.0.0/0`, `::/0`), even with `except`. The finding points at the rule (or the CIDR) that opens the hole.",
        Rationale = "A default-deny policy says traffic must be allowed explicitly. A rule that admits everyone undoes that for the pods it selects, from any pod in the cluster and, behind a LoadBalancer or NodePort, from the internet. Sometimes intended (a public frontend), it should be a visible, reviewed exception.",
        Remediation = "List the peers that need access (podSelector, namespaceSelector, a narrow ipBlock) and the ports; for a public entry point, admit only the ingress controller's pods.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreExploitPublicFacing, Taxonomy.MitreLateralToolTransfer],
        Example = "ingress:\n- {}",
        UseInstead = "ingress:\n- from:\n  - namespaceSelector:\n      matchLabels:\n        kubernetes.io/metadata.name: ingress-nginx\n  ports:\n  - port: 8080",
        References = ["[Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/)", "`bulwark scan --explain-network NAMESPACE` ([docs/cluster.md](../cluster.md))"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var network = new NetworkInventory(session);
        foreach (var ns in network.EvaluableWorkloadNamespaces())
        {
            var policies = network.PoliciesIn(ns);
            if (policies.FirstOrDefault(p => p.IsDefaultDenyIngress) is not { } denyAll)
            {
                continue;
            }

            foreach (var policy in policies.Where(p => p.AppliesToIngress))
            {
                Check(policy, denyAll, context);
            }
        }
    }

    private static void Check(NetworkPolicy policy, NetworkPolicy denyAll, RuleContext context)
    {
        foreach (var rule in policy.Ingress)
        {
            if (rule.Everywhere() is not var (span, why))
            {
                continue;
            }

            var target = policy.PodSelector.SelectsEverything ? "all pods" : $"pods {policy.PodSelector}";
            var message = $"NetworkPolicy \"{policy.Name}\" allows ingress from everywhere ({why}) to {target} on {NetworkPort.Describe(rule.Ports)}, although \"{denyAll.Name}\" denies ingress in namespace \"{policy.Namespace}\" by default";
            context.Report(policy.Object.At(span), message, policy.Object.Ref, evidence: why);
        }
    }
}
