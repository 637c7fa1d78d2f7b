using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Generation;

/// <summary>
/// The seed's "deny-all-ingress" NetworkPolicy for every namespace of the scan (with workloads, or
/// declared as a Namespace) that has no default-deny ingress policy yet. System namespaces are left
/// alone: a default deny there cuts off cluster DNS and the control plane.
/// </summary>
public static class NetworkPolicies
{
    public const string FileName = "bulwark-network-policies.yaml";

    private static readonly HashSet<string> SystemNamespaces = new(StringComparer.Ordinal) { "kube-system", "kube-public", "kube-node-lease" };

    public static IReadOnlyList<string> NamespacesLackingDefaultDeny(AnalysisSession session)
    {
        var objects = session.Models<KubernetesObject>();
        var covered = objects.Where(IsDefaultDenyIngress).Select(o => o.Namespace).ToHashSet(StringComparer.Ordinal);
        var namespaces = session.Models<PodTemplate>().Select(p => p.Owner.Namespace)
            .Concat(objects.Where(o => o.Kind == "Namespace").Select(o => o.Name));
        return [.. namespaces.Distinct(StringComparer.Ordinal).Where(n => !covered.Contains(n) && !SystemNamespaces.Contains(n)).Order(StringComparer.Ordinal)];
    }

    /// <summary>One <c>default-deny-ingress</c> policy document per namespace.</summary>
    public static string Render(IEnumerable<string> namespaces) =>
        string.Join("---\n", namespaces.Select(ns =>
            "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny-ingress\n" +
            $"  namespace: {ns}\nspec:\n  podSelector: {{}}\n  policyTypes:\n    - Ingress\n"));

    /// <summary>Selects every pod, covers ingress, and allows none.</summary>
    private static bool IsDefaultDenyIngress(KubernetesObject policy)
    {
        if (policy.Kind != "NetworkPolicy" || policy.Root.Mapping("spec") is not { } spec)
        {
            return false;
        }

        var selectsAll = spec["podSelector"] is null or YamlScalar { IsNull: true } || spec.Mapping("podSelector") is { } s && s.Entries.All(e => e.Value is YamlScalar { IsNull: true } or YamlMapping { Entries.Count: 0 } or YamlSequence { Count: 0 });
        var types = spec.Sequence("policyTypes")?.Scalars.Select(t => t.Value).ToList();
        var coversIngress = types is null || types.Contains("Ingress");
        var allowsNone = spec["ingress"] is null or YamlScalar { IsNull: true } or YamlSequence { Count: 0 };
        return selectsAll && coversIngress && allowsNone;
    }
}
