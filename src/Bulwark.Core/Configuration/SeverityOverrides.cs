using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Configuration;

/// <summary>
/// Applies config <c>severity:</c> overrides. When several selectors name a rule the most specific
/// wins (ID or name, then practice key, then the longest ID prefix; a tie goes to the later entry),
/// so <c>{RT: low, RT007: critical}</c> means what it reads as.
/// </summary>
public static class SeverityOverrides
{
    public static Finding Apply(Finding finding, IReadOnlyList<SeverityOverride> overrides) =>
        For(finding.Rule, overrides) is { } severity ? finding with { Severity = severity } : finding;

    public static Severity? For(RuleMetadata rule, IReadOnlyList<SeverityOverride> overrides) =>
        overrides
            .Select((o, index) => (o.Severity, Rank: Specificity(o.Selector, rule), index))
            .Where(o => o.Rank > 0)
            .OrderByDescending(o => o.Rank)
            .ThenByDescending(o => o.index)
            .Select(o => (Severity?)o.Severity)
            .FirstOrDefault();

    private static int Specificity(string selector, RuleMetadata rule) =>
        !RuleSelector.Matches(selector, rule) ? 0
        : string.Equals(selector, rule.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(selector, rule.Name, StringComparison.OrdinalIgnoreCase) ? 1000
        : string.Equals(selector, rule.Practice, StringComparison.OrdinalIgnoreCase) ? 500
        : selector.Length;
}
