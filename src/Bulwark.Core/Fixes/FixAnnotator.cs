using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// Makes each finding's <see cref="Finding.Fix"/> say what <c>bulwark fix</c> would really do: the
/// applicability and title of the fix its surface produces, and nothing when there is none or when
/// the edit cannot be made in this file (flow style, anchors, comments in the way). When no fix can
/// be made, a display-only suggestion the rule attached (a digest nobody can know offline) is kept;
/// a real fix wins over it (a pin to a tag the config names).
/// </summary>
public static class FixAnnotator
{
    public static List<Finding> Annotate(List<Finding> findings, AnalysisSession session, FixOptions options)
    {
        var fixers = new Dictionary<string, YamlFileFixer?>(StringComparer.Ordinal);
        return [.. findings.Select(f => WithFix(f, Suggestion(f, session, options, fixers)))];
    }

    /// <summary>Most findings have no fix before or after: they are kept, not copied.</summary>
    private static Finding WithFix(Finding finding, FixSuggestion? fix) =>
        ReferenceEquals(fix, finding.Fix) ? finding : finding with { Fix = fix };

    private static FixSuggestion? Suggestion(Finding finding, AnalysisSession session, FixOptions options, Dictionary<string, YamlFileFixer?> fixers)
    {
        var fix = FixCatalog.FixFor(finding, session, options);
        if (fix is null || !CanBeMade(fix, session, fixers))
        {
            return finding.Fix is { Applicability: FixApplicability.DisplayOnly } ? finding.Fix : null;
        }

        return new FixSuggestion(fix.Applicability, fix.Title)
        {
            Edits = fix.Applicability == FixApplicability.Safe ? new(() => FixEdits.Of(fix, session)) : null,
        };
    }

    private static bool CanBeMade(FileFix fix, AnalysisSession session, Dictionary<string, YamlFileFixer?> fixers) => fix switch
    {
        YamlFix yaml => FixerFor(yaml.File, session, fixers) is { } fixer && fixer.Refusal(yaml) is null,
        TextFix text => text.Refusal is null,
        _ => false,
    };

    private static YamlFileFixer? FixerFor(string file, AnalysisSession session, Dictionary<string, YamlFileFixer?> fixers)
    {
        if (!fixers.TryGetValue(file, out var fixer))
        {
            var yaml = session.Files.GetValueOrDefault(file)?.Yaml;
            fixer = yaml is null || yaml.Errors.Count > 0 ? null : new YamlFileFixer(yaml);
            fixers[file] = fixer;
        }

        return fixer;
    }
}
