using Bulwark.PodSecurity;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Namespaces;

/// <summary>One admission mode's labels on a Namespace: <c>pod-security.kubernetes.io/MODE</c> and <c>MODE-version</c>.</summary>
public sealed record PodSecurityModeLabels(string Mode, YamlEntry? LevelEntry, YamlEntry? VersionEntry)
{
    public string? LevelText => (LevelEntry?.Value as YamlScalar)?.Value;

    public string? VersionText => (VersionEntry?.Value as YamlScalar)?.Value;

    /// <summary>The valid level set for this mode, or null when the label is missing or invalid.</summary>
    public PodSecurityLevel? Level => PodSecurityLevels.TryParse(LevelText, out var level) ? level : null;
}

/// <summary>
/// A Namespace's Pod Security Admission labels with their YAML nodes, so rules can point at them.
/// Parsing is the Pod Security engine's (upstream's): levels exactly <c>privileged</c>,
/// <c>baseline</c> or <c>restricted</c>; versions <c>latest</c> or <c>v1.N</c>.
/// </summary>
public static class NamespaceSecurityLabels
{
    public static readonly IReadOnlyList<string> Modes = ["enforce", "audit", "warn"];

    public static PodSecurityModeLabels Mode(KubernetesObject ns, string mode) =>
        new(mode, ns.Labels?.Find(PodSecurityLabels.Prefix + mode), ns.Labels?.Find(PodSecurityLabels.Prefix + mode + "-version"));

    /// <summary>Labels under the prefix that are none of the six keys Pod Security Admission reads (typos).</summary>
    public static IEnumerable<YamlEntry> UnknownKeys(KubernetesObject ns) =>
        KubernetesLabels.InSourceOrder(ns.Labels).Where(e => e.KeyText!.StartsWith(PodSecurityLabels.Prefix, StringComparison.Ordinal) && !IsKnownKey(e.KeyText));

    private static bool IsKnownKey(string key) =>
        Modes.Any(m => key == PodSecurityLabels.Prefix + m || key == PodSecurityLabels.Prefix + m + "-version");
}
