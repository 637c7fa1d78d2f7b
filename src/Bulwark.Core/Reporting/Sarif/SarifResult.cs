namespace Bulwark.Reporting.Sarif;

// SARIF results and where they point.

internal sealed record SarifResult(string RuleId, int RuleIndex, string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations)
{
    public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

    public IReadOnlyList<SarifSuppression>? Suppressions { get; init; }

    public IReadOnlyList<SarifFix>? Fixes { get; init; }

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

/// <summary>A safe fix as SARIF describes it: replacements in the finding's file (§3.55).</summary>
internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent? InsertedContent);

internal sealed record SarifArtifactContent(string Text);

/// <summary>
/// Bulwark's result properties: the fix applicability and title of every finding with a fix (SARIF
/// <c>fixes</c> carry only the safe ones, with their edits).
/// </summary>
internal sealed record SarifResultProperties(string Severity, string Practice, string? Container, string? FixApplicability, string? FixTitle);
