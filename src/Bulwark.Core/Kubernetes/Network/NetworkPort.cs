using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>One <c>ports</c> item of a policy rule. A missing port means every port of the protocol.</summary>
public sealed record NetworkPort(string Protocol, string? Port, string? EndPort)
{
    public static NetworkPort Read(YamlMapping map) =>
        new(map.String("protocol") ?? "TCP", map.String("port"), map.String("endPort"));

    public override string ToString() =>
        Port is null ? $"all {Protocol} ports"
        : EndPort is null ? $"{Port}/{Protocol}"
        : $"{Port}-{EndPort}/{Protocol}";

    /// <summary>A rule's ports: none listed means all ports and protocols.</summary>
    public static string Describe(IReadOnlyList<NetworkPort> ports) =>
        ports.Count == 0 ? "all ports" : string.Join(", ", ports);
}
