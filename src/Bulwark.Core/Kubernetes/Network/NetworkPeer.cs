using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// One <c>from</c>/<c>to</c> item: pods by selector (in the policy's namespace unless a
/// <c>namespaceSelector</c> is given), all pods of selected namespaces, or an IP block.
/// </summary>
public sealed record NetworkPeer(LabelSelector? PodSelector, LabelSelector? NamespaceSelector, IpBlock? IpBlock, SourceSpan Span)
{
    public static NetworkPeer Read(YamlMapping map) =>
        new(LabelSelector.Read(map["podSelector"]), LabelSelector.Read(map["namespaceSelector"]), IpBlock.Read(map.Mapping("ipBlock")), map.Span);

    /// <summary>The API server rejects a peer that sets none of the three fields.</summary>
    public bool IsEmpty => PodSelector is null && NamespaceSelector is null && IpBlock is null;

    /// <summary>Whether pods with these labels in <paramref name="podNamespace"/> are this peer.</summary>
    public bool MatchesPod(string policyNamespace, string podNamespace, IReadOnlyDictionary<string, string> podLabels, IReadOnlyDictionary<string, string> namespaceLabels)
    {
        if (IpBlock is not null || IsEmpty)
        {
            return false;
        }

        var namespaceMatches = NamespaceSelector?.Matches(namespaceLabels) ?? podNamespace == policyNamespace;
        return namespaceMatches && (PodSelector?.Matches(podLabels) ?? true);
    }

    /// <summary>A selector the API server would reject: the peer then admits nothing.</summary>
    public LabelSelector? InvalidSelector =>
        PodSelector?.Problem is not null ? PodSelector : NamespaceSelector?.Problem is not null ? NamespaceSelector : null;

    public override string ToString()
    {
        if (IpBlock is not null)
        {
            return IpBlock.ToString();
        }

        if (InvalidSelector is { } invalid)
        {
            return "nothing: " + invalid;
        }

        var pods = PodSelector is null || PodSelector.SelectsEverything ? "all pods" : $"pods {PodSelector}";
        return NamespaceSelector switch
        {
            null when IsEmpty => "nothing (empty peer, rejected by the API server)",
            null => pods,
            { SelectsEverything: true } => pods + " in all namespaces",
            _ => $"{pods} in namespaces {NamespaceSelector}",
        };
    }
}

/// <summary>An <c>ipBlock</c>: a CIDR minus the <c>except</c> CIDRs.</summary>
public sealed record IpBlock(string Cidr, IReadOnlyList<string> Except, SourceSpan Span)
{
    public static IpBlock? Read(YamlMapping? map) =>
        map is null ? null : new(map.String("cidr") ?? string.Empty, map.Sequence("except")?.Scalars.Select(s => s.Value).ToList() ?? [], (map["cidr"] ?? map).Span);

    /// <summary>A prefix length of 0 (<c>0.0.0.0/0</c>, <c>::/0</c>) covers every address.</summary>
    public bool CoversEverything => Cidr.EndsWith("/0", StringComparison.Ordinal);

    public override string ToString() =>
        Except.Count == 0 ? $"ip {Cidr}" : $"ip {Cidr} except {string.Join(", ", Except)}";
}
