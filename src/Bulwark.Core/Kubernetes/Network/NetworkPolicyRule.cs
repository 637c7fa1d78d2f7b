using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// One <c>ingress</c> or <c>egress</c> rule. Traffic is allowed when it matches one peer (any peer
/// when the list is empty or missing) and one port (any port when none is listed).
/// </summary>
public sealed record NetworkPolicyRule(IReadOnlyList<NetworkPeer> Peers, IReadOnlyList<NetworkPort> Ports, SourceSpan Span, SourceSpan? PeersKeySpan)
{
    public static NetworkPolicyRule Read(YamlMapping map, string peersKey)
    {
        var peers = map.Sequence(peersKey)?.Mappings.Select(NetworkPeer.Read).ToList() ?? [];
        var ports = map.Sequence("ports")?.Mappings.Select(NetworkPort.Read).ToList() ?? [];
        return new NetworkPolicyRule(peers, ports, map.Span, map.Find(peersKey)?.Key.Span);
    }

    /// <summary>No peers listed: the rule matches every source or destination.</summary>
    public bool AllowsAllPeers => Peers.Count == 0;

    /// <summary>
    /// Where this rule opens traffic to everywhere: the rule itself when it lists no peers, or the
    /// <c>cidr</c> of an IP block with prefix length 0. Null when it does not.
    /// </summary>
    public (SourceSpan Span, string Why)? Everywhere()
    {
        if (AllowsAllPeers)
        {
            return (PeersKeySpan ?? Span, "a rule with no peers");
        }

        return Peers.FirstOrDefault(p => p.IpBlock?.CoversEverything == true) is { IpBlock: { } block }
            ? (block.Span, block.ToString())
            : null;
    }
}
