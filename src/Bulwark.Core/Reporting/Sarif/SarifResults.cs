using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting.Sarif;

/// <summary>Builds SARIF results and locations from findings and scan errors.</summary>
internal static class SarifResults
{
    public const string FingerprintKey = "bulwark/v1";

    public static SarifResult From(Finding finding, int ruleIndex, ReportPathCache paths, SourceFile? file)
    {
        var location = Location(finding.Location.File, Region(finding.Location.Span), paths) with
        {
            LogicalLocations = LogicalLocations(finding.Object, finding.Container),
        };
        var path = paths.Display(finding.Location.File);
        return new SarifResult(finding.Rule.Id, ruleIndex, ReportNames.SarifLevel(finding.Severity), new(finding.Message), [location])
        {
            PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { [FingerprintKey] = Fingerprints.Of(finding, path) },
            Suppressions = finding.Suppression is { } s ? [Suppression(s)] : null,
            Fixes = SarifFixes.Of(finding, file, paths),
            Properties = Properties(finding),
        };
    }

    public static SarifNotification Notification(ScanError error, ReportPathCache paths)
    {
        var region = error.Line > 0 ? new SarifRegion(error.Line, Math.Max(1, error.Column), null, null) : null;
        return new SarifNotification("error", new(error.Message), [Location(error.File, region, paths)]);
    }

    private static SarifLocation Location(string file, SarifRegion? region, ReportPathCache paths) =>
        new(new SarifPhysicalLocation(new SarifArtifactLocation(paths.Uri(file)), region));

    /// <summary>The span as a SARIF region (end column is exclusive in both); none when the input has no text.</summary>
    private static SarifRegion? Region(SourceSpan? span) =>
        span is { } s ? new SarifRegion(s.Start.Line, s.Start.Column, s.End.Line, s.End.Column) : null;

    private static List<SarifLogicalLocation>? LogicalLocations(ObjectRef? obj, string? container)
    {
        var list = new List<SarifLogicalLocation>();
        if (obj is not null)
        {
            list.Add(new SarifLogicalLocation(obj.Name, obj.ToString(), "resource"));
        }

        if (container is not null)
        {
            var parent = obj is null ? string.Empty : obj + "/";
            list.Add(new SarifLogicalLocation(container, parent + container, "object"));
        }

        return list.Count == 0 ? null : list;
    }

    private static SarifSuppression Suppression(Suppression suppression)
    {
        var inSource = suppression.Kind is SuppressionKind.FileComment or SuppressionKind.LineComment or SuppressionKind.Annotation;
        return new SarifSuppression(inSource ? "inSource" : "external", "accepted", suppression.Reason);
    }

    private static SarifResultProperties Properties(Finding finding) => new(
        finding.Severity.ToName(),
        finding.Rule.Practice,
        finding.Container,
        finding.Fix is { } fix ? ReportNames.Name(fix.Applicability) : null,
        finding.Fix?.Title);
}
