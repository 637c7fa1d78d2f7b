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
        // Plain loops: this runs once per finding, and most scans have no ignores and few directives.
        var suppression = settings.PerPathIgnores.Count == 0 ? null : ConfigLayer(finding);
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            if (directive.Suppresses(finding))
            {
                directive.MarkUsed(finding.Rule);
                suppression ??= directive.ToSuppression();
            }
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
