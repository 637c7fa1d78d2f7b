namespace Bulwark.Rules;

/// <summary>
/// Matches rules by selector: a rule ID, a rule name, an ID prefix (<c>RT</c>, <c>K8S0</c>) or a
/// practice key (<c>runtime.non-root</c>). Case-insensitive.
/// </summary>
public static class RuleSelector
{
    public static bool Matches(string selector, RuleMetadata rule) =>
        string.Equals(selector, rule.Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(selector, rule.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(selector, rule.Practice, StringComparison.OrdinalIgnoreCase)
        || (IsIdPrefix(selector) && rule.Id.StartsWith(selector, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the selector names at least one rule of <paramref name="rules"/>.</summary>
    public static bool IsKnown(string selector, IEnumerable<RuleMetadata> rules) => rules.Any(r => Matches(selector, r));

    /// <summary>Applies <c>select</c> (empty = all stable rules) then <c>ignore</c>.</summary>
    public static IReadOnlyList<ISessionRule> Filter(IEnumerable<ISessionRule> rules, IReadOnlyCollection<string> select, IReadOnlyCollection<string> ignore) =>
        [.. rules.Where(r =>
            (select.Count == 0 ? r.Metadata.Status == RuleStatus.Stable : select.Any(s => Matches(s, r.Metadata)))
            && !ignore.Any(s => Matches(s, r.Metadata)))];

    private static bool IsIdPrefix(string selector) =>
        selector.Length > 0 && selector.All(c => char.IsAsciiLetterOrDigit(c)) && char.IsAsciiLetter(selector[0]) && !selector.Contains('-', StringComparison.Ordinal);
}
