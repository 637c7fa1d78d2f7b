using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Kubernetes.Namespaces;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Fixes.Generation;

/// <summary>
/// The seed's "deny-all-ingress" NetworkPolicy for every namespace of the scan (with workloads, or
/// declared as a Namespace) that has no default-deny ingress policy yet. System namespaces are left
/// alone: a default deny there cuts off cluster DNS and the control plane.
/// </summary>
public static class NetworkPolicies
{
    public const string FileName = "bulwark-network-policies.yaml";

    public static IReadOnlyList<string> NamespacesLackingDefaultDeny(AnalysisSession session)
    {
        var objects = session.Models<KubernetesObject>();
        var covered = objects.Where(IsDefaultDenyIngress).Select(o => o.Namespace).ToHashSet(StringComparer.Ordinal);
        var namespaces = session.Models<PodTemplate>().Select(p => p.Owner.Namespace)
            .Concat(objects.Where(o => o.Kind == "Namespace").Select(o => o.Name));
        return [.. namespaces.Distinct(StringComparer.Ordinal).Where(n => !covered.Contains(n) && !NamespaceInventory.IsSystem(n)).Order(StringComparer.Ordinal)];
    }

    /// <summary>One <c>default-deny-ingress</c> policy document per namespace.</summary>
    public static string Render(IEnumerable<string> namespaces) =>
        string.Join("---\n", namespaces.Select(ns =>
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny-ingress\n" +
            $"  namespace: {ns}\nspec:\n  podSelector: {{}}\n  policyTypes:\n    - Ingress\n"));

    /// <summary>Selects every pod, covers ingress, and allows none, with the API's defaulting (docs/cluster.md).</summary>
    private static bool IsDefaultDenyIngress(KubernetesObject policy) =>
        NetworkPolicy.From(policy)?.IsDefaultDenyIngress == true;
}
