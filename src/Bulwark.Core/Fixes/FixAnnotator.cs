using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// Makes each finding's <see cref="Finding.Fix"/> say what <c>bulwark fix</c> would really do: the
/// applicability and title of the fix its surface produces, and nothing when there is none or when
/// the edit cannot be made in this file (flow style, anchors, comments in the way). Display-only
/// suggestions (a digest nobody can know offline) are kept as the rule made them.
/// </summary>
public static class FixAnnotator
{
    public static List<Finding> Annotate(List<Finding> findings, AnalysisSession session)
    {
        var fixers = new Dictionary<string, YamlFileFixer?>(StringComparer.Ordinal);
        return [.. findings.Select(f => f with { Fix = Suggestion(f, session, fixers) })];
    }

    private static FixSuggestion? Suggestion(Finding finding, AnalysisSession session, Dictionary<string, YamlFileFixer?> fixers)
    {
        if (finding.Fix is { Applicability: FixApplicability.DisplayOnly })
        {
            return finding.Fix;
        }

        var fix = FixCatalog.FixFor(finding, session, FixOptions.Default);
        if (fix is YamlFix yaml && (FixerFor(yaml.File, session, fixers) is not { } fixer || fixer.Refusal(yaml) is not null))
        {
            return null;
        }

        return fix is null ? null : new FixSuggestion(fix.Applicability, fix.Title);
    }

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
