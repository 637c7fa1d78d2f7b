using Bulwark.Diagnostics;
using Bulwark.Rules;
using Bulwark.Rules.Policy;

namespace Bulwark.Suppressions;

/// <summary>Reports unused suppressions (BW001) and malformed ones (BW002), when those rules are enabled.</summary>
internal static class DirectiveFindings
{
    public static List<Finding> Report(DirectiveSet set, IReadOnlyList<ISessionRule> enabled, RuleOptions options)
    {
        var findings = new List<Finding>();
        if (enabled.OfType<UnusedSuppression>().FirstOrDefault() is { } unused)
        {
            var enabledIds = enabled.Select(r => r.Metadata.Id).ToHashSet(StringComparer.Ordinal);
            var context = new RuleContext(unused.Metadata, options, findings.Add);
            foreach (var directive in set.Directives)
            {
                foreach (var rule in directive.Unused.Where(r => !SuppressionRule.IsSuppressionRule(r)))
                {
                    context.Report(directive.Location, UnusedMessage(rule, enabledIds.Contains(rule.Id)), directive.Object, directive.Container, evidence: $"{directive.Kind}:{rule.Id}");
                }
            }
        }

        if (enabled.OfType<InvalidSuppression>().FirstOrDefault() is { } invalid)
        {
            var context = new RuleContext(invalid.Metadata, options, findings.Add);
            foreach (var problem in set.Problems)
            {
                context.Report(problem.Location, problem.Message, problem.Object, evidence: problem.Evidence);
            }
        }

        return findings;
    }

    private static string UnusedMessage(RuleMetadata rule, bool enabled) => enabled
        ? $"suppression of {rule.Id} ({rule.Name}) matches no finding"
        : $"suppression of {rule.Id} ({rule.Name}) has no effect: the rule is not enabled";
}
