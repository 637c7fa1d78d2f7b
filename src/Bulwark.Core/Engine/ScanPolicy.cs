using Bulwark.Configuration;
using Bulwark.Suppressions;

namespace Bulwark.Engine;

/// <summary>What the engine does to findings after the rules ran: severity overrides and suppressions.</summary>
public sealed record ScanPolicy
{
    /// <summary>No overrides; inline comments and annotations honoured, as with no config file.</summary>
    public static readonly ScanPolicy Default = new();

    public IReadOnlyList<SeverityOverride> SeverityOverrides { get; init; } = [];

    public SuppressionSettings Suppressions { get; init; } = SuppressionSettings.Default;
}
