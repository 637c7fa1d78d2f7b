using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Suppressions;

/// <summary>
/// Decides whether a finding is suppressed, asking the layers in their documented order: config
/// per-path ignores, file comments, line comments, annotations, baseline. The first layer that
/// matches is recorded on the finding; every in-source directive that matches counts as used, so
/// "unused" means it matched nothing at all.
/// </summary>
internal sealed class SuppressionLayers(SuppressionSettings settings, IReadOnlyList<SuppressionDirective> directives)
{
    private readonly BaselineMatcher? _baseline = settings.Baseline?.Matcher();

    public Finding Review(Finding finding)
    {
        var suppression = ConfigLayer(finding);
        foreach (var directive in directives.Where(d => d.Suppresses(finding)))
        {
            directive.MarkUsed(finding.Rule);
            suppression ??= directive.ToSuppression();
        }

        // Last, and only for findings nothing else suppressed: the baseline recorded active findings only.
        suppression ??= _baseline?.TryMatch(finding);
        return suppression is null ? finding : finding with { Suppression = suppression };
    }

    private Suppression? ConfigLayer(Finding finding) =>
        settings.PerPathIgnores
            .FirstOrDefault(p => p.Selectors.Any(s => RuleSelector.Matches(s, finding.Rule)) && p.Glob.Matches(finding.Location.File))
            is { } ignore
            ? new Suppression(SuppressionKind.Config, "per-path-ignores: " + ignore.Glob.Pattern)
            : null;
}
