namespace Bulwark.Reporting.Sarif;

// SARIF results and where they point.

internal sealed record SarifResult(string RuleId, int RuleIndex, string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations)
{
    public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    public SarifResultProperties? Properties { get; init; }
}

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation)
{
    public IReadOnlyList<SarifLogicalLocation>? LogicalLocations { get; init; }
}

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region);

internal sealed record SarifArtifactLocation(string Uri);

internal sealed record SarifRegion(int StartLine, int StartColumn, int? EndLine, int? EndColumn);

internal sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind);

internal sealed record SarifSuppression(string Kind, string Status, string? Justification);

/// <summary>
/// Bulwark's result properties. The fix title lives here rather than in SARIF <c>fixes</c>: a SARIF fix
/// requires concrete <c>artifactChanges</c>, which the report does not compute.
/// </summary>
internal sealed record SarifResultProperties(string Severity, string Practice, string? Container, string? FixApplicability, string? FixTitle);
