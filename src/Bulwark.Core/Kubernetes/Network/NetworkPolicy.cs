using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// A <c>networking.k8s.io</c> NetworkPolicy as the API server stores it: <c>spec.podSelector</c>
/// absent or null selects all pods, and <c>policyTypes</c>, when not given, is Ingress plus Egress
/// if the policy has at least one egress rule.
/// </summary>
public sealed class NetworkPolicy
{
    private NetworkPolicy(KubernetesObject obj, YamlMapping spec)
    {
        Object = obj;
        PodSelector = LabelSelector.Read(spec["podSelector"]) ?? LabelSelector.Everything;
        Ingress = Rules(spec, "ingress", "from");
        Egress = Rules(spec, "egress", "to");
        var types = spec.Sequence("policyTypes")?.Scalars.Select(s => s.Value).ToList() ?? [];
        AppliesToIngress = types.Count == 0 || types.Contains("Ingress", StringComparer.Ordinal);
        AppliesToEgress = types.Count == 0 ? Egress.Count > 0 : types.Contains("Egress", StringComparer.Ordinal);
    }

    public KubernetesObject Object { get; }

    public string Name => Object.Name;

    public string Namespace => Object.Namespace;

    public LabelSelector PodSelector { get; }

    public IReadOnlyList<NetworkPolicyRule> Ingress { get; }

    public IReadOnlyList<NetworkPolicyRule> Egress { get; }

    public bool AppliesToIngress { get; }

    public bool AppliesToEgress { get; }

    /// <summary>The seed's <c>deny-all-ingress</c>: every pod, Ingress in policyTypes, no ingress rule.</summary>
    public bool IsDefaultDenyIngress => PodSelector.SelectsEverything && AppliesToIngress && Ingress.Count == 0;

    public bool IsDefaultDenyEgress => PodSelector.SelectsEverything && AppliesToEgress && Egress.Count == 0;

    /// <summary>Reads the Kubernetes NetworkPolicy kind only; Calico's and Cilium's have other API groups.</summary>
    public static NetworkPolicy? From(KubernetesObject obj) =>
        obj.Kind == "NetworkPolicy" && IsCoreApi(obj.ApiVersion)
            ? new NetworkPolicy(obj, obj.Root.Mapping("spec") ?? EmptyMapping(obj))
            : null;

    public bool Selects(PodTemplate pod) =>
        pod.Owner.Namespace == Namespace && PodSelector.Matches(KubernetesLabels.Of(pod));

    internal static bool IsCoreApi(string? apiVersion) =>
        apiVersion is not null && (apiVersion.StartsWith("networking.k8s.io/", StringComparison.Ordinal) || apiVersion == "extensions/v1beta1");

    // A null item (`- ` alone) decodes to an empty rule, which allows everything, so it counts too.
    private static List<NetworkPolicyRule> Rules(YamlMapping spec, string key, string peersKey) =>
        spec.Sequence(key)?.Items
            .Select(item => item is YamlScalar { IsNull: true } ? new YamlMapping([], false, item.Span, null, null) : item as YamlMapping)
            .OfType<YamlMapping>()
            .Select(m => NetworkPolicyRule.Read(m, peersKey))
            .ToList() ?? [];

    private static YamlMapping EmptyMapping(KubernetesObject obj) => new([], false, obj.Root.Span, null, null);
}
