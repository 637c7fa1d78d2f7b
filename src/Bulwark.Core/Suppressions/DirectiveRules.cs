using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Suppressions;

/// <summary>Resolves the rule names a directive lists (IDs or names, comma- or space-separated) against the catalogue.</summary>
internal static class DirectiveRules
{
    private static readonly char[] Separators = [',', ' ', '\t'];

    private static readonly IReadOnlyList<RuleMetadata> Catalogue = [.. RuleCatalog.All.Select(r => r.Metadata)];

    /// <summary>The rules named in <paramref name="list"/>; each unknown or missing name is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<RuleMetadata> Resolve(string list, Location at, ObjectRef? obj, List<DirectiveProblem> problems)
    {
        var names = list.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            problems.Add(new DirectiveProblem(at, "suppression names no rule (write the rule ID or name, then -- and the reason)", "no-rule") { Object = obj });
            return [];
        }

        var rules = new List<RuleMetadata>();
        foreach (var name in names)
        {
            if (RuleCatalog.Find(name) is { } rule)
            {
                rules.Add(rule.Metadata);
            }
            else
            {
                problems.Add(new DirectiveProblem(at, Unknown(name), "unknown:" + name) { Object = obj });
            }
        }

        return rules;
    }

    private static string Unknown(string name) =>
        RuleSelector.IsKnown(name, Catalogue)
            ? $"suppression names '{name}', a rule selector: a suppression names rule IDs or names only"
            : $"suppression names unknown rule '{name}' (see 'bulwark rules')";
}
