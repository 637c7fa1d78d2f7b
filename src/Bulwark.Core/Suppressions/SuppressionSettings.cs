using Bulwark.Configuration;

namespace Bulwark.Suppressions;

/// <summary>Which suppression layers a scan honours, and the config and baseline ones' contents.</summary>
public sealed record SuppressionSettings
{
    public static readonly SuppressionSettings Default = new();

    /// <summary><c># bulwark:ignore</c> and <c># bulwark:ignore-file</c> comments (config <c>suppressions.inline</c>).</summary>
    public bool Inline { get; init; } = true;

    /// <summary><c>bulwark.dev/ignore</c> annotations (config <c>suppressions.annotations</c>).</summary>
    public bool Annotations { get; init; } = true;

    public IReadOnlyList<PathIgnore> PerPathIgnores { get; init; } = [];

    public Baseline? Baseline { get; init; }
}
