using System.Text.Json.Serialization;

namespace Bulwark.Reporting.Sarif;

// The subset of SARIF 2.1.0 Bulwark writes: the log, run, tool and rule/taxonomy descriptors.
// Null properties are omitted (see SarifJsonContext); property order is declaration order.

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyList<SarifToolComponent> Taxonomies,
    IReadOnlyList<SarifResult> Results,
    string ColumnKind);

internal sealed record SarifTool(SarifToolComponent Driver);

internal sealed record SarifToolComponent(string Name)
{
    public string? Organization { get; init; }

    public string? Version { get; init; }

    public string? SemanticVersion { get; init; }

    public string? InformationUri { get; init; }

    public SarifMessage? ShortDescription { get; init; }

    public IReadOnlyList<SarifReportingDescriptor>? Rules { get; init; }

    public IReadOnlyList<SarifReportingDescriptor>? Taxa { get; init; }

    public IReadOnlyList<SarifToolComponentReference>? SupportedTaxonomies { get; init; }
}

internal sealed record SarifToolComponentReference(string Name, int Index);

/// <summary>A rule (in <c>driver.rules</c>) or a taxon (in a taxonomy's <c>taxa</c>).</summary>
internal sealed record SarifReportingDescriptor(string Id)
{
    public string? Name { get; init; }

    public SarifMessage? ShortDescription { get; init; }

    public SarifMessage? FullDescription { get; init; }

    public SarifMessage? Help { get; init; }

    public string? HelpUri { get; init; }

    public SarifConfiguration? DefaultConfiguration { get; init; }

    public IReadOnlyList<SarifRelationship>? Relationships { get; init; }

    public SarifRuleProperties? Properties { get; init; }
}

internal sealed record SarifMessage(string Text)
{
    public string? Markdown { get; init; }
}

internal sealed record SarifConfiguration(string Level);

internal sealed record SarifRelationship(SarifDescriptorReference Target, IReadOnlyList<string> Kinds);

internal sealed record SarifDescriptorReference(string Id, int Index, SarifToolComponentReference ToolComponent);

/// <summary>Rule properties GitHub code scanning reads: <c>tags</c> and <c>security-severity</c> (a number as a string).</summary>
internal sealed record SarifRuleProperties(
    IReadOnlyList<string> Tags,
    [property: JsonPropertyName("security-severity")] string SecuritySeverity);

internal sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification>? ToolExecutionNotifications);

internal sealed record SarifNotification(string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations);
