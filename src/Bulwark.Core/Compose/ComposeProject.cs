using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>One compose file: its services (with their <c>extends</c> chains) and top-level networks.</summary>
public sealed class ComposeProject
{
    public required string File { get; init; }

    /// <summary>The top-level <c>name:</c>, or null (compose would use the directory name).</summary>
    public string? Name { get; init; }

    public required YamlMapping Root { get; init; }

    public List<ComposeService> Services { get; } = [];

    public Dictionary<string, ComposeNetwork> Networks { get; } = new(StringComparer.Ordinal);

    /// <summary>The definition of a network a service names; an undeclared one is a plain (non-internal) network.</summary>
    public ComposeNetwork Network(string name) =>
        Networks.TryGetValue(name, out var network) ? network : new ComposeNetwork(name, Internal: false, External: false, null);
}

/// <summary>A top-level network. An external network is defined elsewhere, so whether it is internal is unknown.</summary>
public sealed record ComposeNetwork(string Name, bool Internal, bool External, SourceSpan? Span);
