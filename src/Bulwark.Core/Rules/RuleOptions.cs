namespace Bulwark.Rules;

/// <summary>Tunable rule inputs (config file <c>options:</c>); defaults follow the seed guide.</summary>
public sealed record RuleOptions
{
    public static readonly RuleOptions Default = new();

    /// <summary>Registries (host or host/path prefixes) images may come from; empty means any.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Capabilities a container may add without a finding (the seed allows NET_BIND_SERVICE).</summary>
    public IReadOnlyList<string> AllowedCapabilities { get; init; } = ["NET_BIND_SERVICE"];

    /// <summary>Extra glob patterns for credential-like variable names, added to the built-in ones.</summary>
    public IReadOnlyList<string> SecretNames { get; init; } = [];

    /// <summary>The Pod Security level a namespace must enforce at least.</summary>
    public string MinimumPodSecurity { get; init; } = "restricted";

    /// <summary>Namespace for objects that name none (kubectl's <c>--namespace</c>).</summary>
    public string DefaultNamespace { get; init; } = "default";
}
