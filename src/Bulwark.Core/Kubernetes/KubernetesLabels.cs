using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>Reads a <c>labels:</c> mapping into the key/value set that selectors match against.</summary>
public static class KubernetesLabels
{
    /// <summary>The label the API server sets on every namespace (immutable, since v1.21).</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    public static IReadOnlyDictionary<string, string> Read(YamlMapping? labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in InSourceOrder(labels))
        {
            result[entry.KeyText!] = entry.Value is YamlScalar { IsNull: false } s ? s.Value : string.Empty;
        }

        return result;
    }

    /// <summary>Effective entries in the order they are written (the mapping yields the last-written first).</summary>
    public static IEnumerable<Yaml.YamlEntry> InSourceOrder(YamlMapping? map) =>
        map?.EffectiveEntries().OrderBy(e => e.Key.Span.Start.Offset) ?? Enumerable.Empty<Yaml.YamlEntry>();

    /// <summary>The labels a workload's pods get: those of the pod template (the Pod's own for a Pod).</summary>
    public static IReadOnlyDictionary<string, string> Of(PodTemplate pod) => Read(pod.Labels);
}
