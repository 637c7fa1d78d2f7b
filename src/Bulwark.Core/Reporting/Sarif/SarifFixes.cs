using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes;

namespace Bulwark.Reporting.Sarif;

/// <summary>
/// SARIF <c>fixes</c> for a finding whose fix is safe: the fix's edits on the original text as
/// replacements (an insertion is an empty deleted region). Unsafe and display-only fixes are left to
/// the result properties, so a tool that applies SARIF fixes never changes how a workload runs.
/// </summary>
internal static class SarifFixes
{
    public static IReadOnlyList<SarifFix>? Of(Finding finding, SourceFile? file, ReportPathCache paths)
    {
        if (finding.Fix is not { Applicability: FixApplicability.Safe, Edits: { } edits } fix || file is null || edits.Value.Count == 0)
        {
            return null;
        }

        var replacements = edits.Value.OrderBy(e => e.Start).Select(e => Replacement(e, file)).ToList();
        var change = new SarifArtifactChange(new SarifArtifactLocation(paths.Uri(file.Path)), replacements);
        return [new SarifFix(new SarifMessage(fix.Title), [change])];
    }

    private static SarifReplacement Replacement(TextEdit edit, SourceFile file)
    {
        var (startLine, startColumn) = file.Position(edit.Start);
        var (endLine, endColumn) = file.Position(edit.End);
        var inserted = edit.Text.Length == 0 ? null : new SarifArtifactContent(edit.Text);
        return new SarifReplacement(new SarifRegion(startLine, startColumn, endLine, endColumn), inserted);
    }
}
