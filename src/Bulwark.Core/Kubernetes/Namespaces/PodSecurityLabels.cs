using System.Text.RegularExpressions;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Namespaces;

/// <summary>The Pod Security Standards levels, least to most restrictive.</summary>
public enum PssLevel
{
    Privileged = 0,
    Baseline = 1,
    Restricted = 2,
}

/// <summary>One admission mode's labels on a Namespace: <c>pod-security.kubernetes.io/MODE</c> and <c>MODE-version</c>.</summary>
public sealed record PodSecurityModeLabels(string Mode, YamlEntry? LevelEntry, YamlEntry? VersionEntry)
{
    public string? LevelText => (LevelEntry?.Value as YamlScalar)?.Value;

    /// <summary>The valid level set for this mode, or null when the label is missing or invalid.</summary>
    public PssLevel? Level => PodSecurityLabels.TryParseLevel(LevelText, out var level) ? level : null;
}

/// <summary>
/// Reads and validates a Namespace's Pod Security Admission labels with upstream's parsing: levels
/// are exactly <c>privileged</c>, <c>baseline</c> or <c>restricted</c>; versions <c>latest</c> or
/// <c>v1.N</c>. The API server rejects a Namespace whose labels fail these checks.
/// </summary>
public static partial class PodSecurityLabels
{
    public const string Prefix = "pod-security.kubernetes.io/";

    public static readonly IReadOnlyList<string> Modes = ["enforce", "audit", "warn"];

    public static PodSecurityModeLabels Mode(KubernetesObject ns, string mode) =>
        new(mode, ns.Labels?.Find(Prefix + mode), ns.Labels?.Find(Prefix + mode + "-version"));

    /// <summary>Labels under the prefix that are none of the six keys Pod Security Admission reads (typos).</summary>
    public static IEnumerable<YamlEntry> UnknownKeys(KubernetesObject ns) =>
        ns.Labels?.EffectiveEntries().Where(e => e.KeyText!.StartsWith(Prefix, StringComparison.Ordinal) && !IsKnownKey(e.KeyText)) ?? [];

    public static bool TryParseLevel(string? text, out PssLevel level)
    {
        (var ok, level) = text switch
        {
            "privileged" => (true, PssLevel.Privileged),
            "baseline" => (true, PssLevel.Baseline),
            "restricted" => (true, PssLevel.Restricted),
            _ => (false, PssLevel.Privileged),
        };
        return ok;
    }

    public static bool IsValidVersion(string? text) => text == "latest" || (text is not null && VersionPattern().IsMatch(text));

    public static string Name(this PssLevel level) => level.ToString().ToLowerInvariant();

    private static bool IsKnownKey(string key) =>
        Modes.Any(m => key == Prefix + m || key == Prefix + m + "-version");

    [GeneratedRegex(@"^v1\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
