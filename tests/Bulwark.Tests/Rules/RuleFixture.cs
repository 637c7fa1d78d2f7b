using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Rules.Policy;

namespace Bulwark.Tests.Rules;

/// <summary>
/// A pass/fail fixture for one rule. Fail fixtures mark every line where the rule must report with a
/// trailing <c># expect</c> comment; a first-line <c># options: key=a,b</c> comment sets rule options.
/// </summary>
internal static partial class RuleFixture
{
    public static string Root => TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "rules");

    public static IEnumerable<string> Files(string ruleId) =>
        Directory.Exists(Path.Combine(Root, ruleId)) ? Directory.EnumerateFiles(Path.Combine(Root, ruleId)).Order() : [];

    /// <summary>The 1-based lines of <paramref name="file"/> marked <c># expect</c>.</summary>
    public static SortedSet<int> ExpectedLines(string file)
    {
        var lines = File.ReadAllLines(file);
        return [.. Enumerable.Range(1, lines.Length).Where(n => ExpectMarker().IsMatch(lines[n - 1]))];
    }

    /// <summary>
    /// Scans <paramref name="file"/> with only <paramref name="rule"/> enabled. Suppression rules (BW)
    /// judge the other rules' findings, so for them every rule runs and only their findings count.
    /// </summary>
    public static IReadOnlyList<Finding> Scan(ISessionRule rule, string file)
    {
        IReadOnlyList<ISessionRule> rules = rule is SuppressionRule ? RuleCatalog.All : [rule];
        var engine = new ScanEngine(rules, Options(File.ReadLines(file).FirstOrDefault() ?? string.Empty));
        var result = engine.Scan([new ScanInput(file)]);
        Assert.Empty(result.Errors);
        return [.. result.Findings.Where(f => f.Rule.Id == rule.Metadata.Id)];
    }

    private static RuleOptions Options(string firstLine)
    {
        var match = OptionsLine().Match(firstLine);
        if (!match.Success)
        {
            return RuleOptions.Default;
        }

        var values = match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries);
        return match.Groups[1].Value switch
        {
            "trusted-registries" => RuleOptions.Default with { TrustedRegistries = values },
            "allowed-capabilities" => RuleOptions.Default with { AllowedCapabilities = values },
            "secret-names" => RuleOptions.Default with { SecretNames = values },
            var key => throw new InvalidOperationException("unknown fixture option " + key),
        };
    }

    [GeneratedRegex(@"#\s*expect\b")]
    private static partial Regex ExpectMarker();

    [GeneratedRegex(@"^#\s*options:\s*([a-z-]+)=(.*)$")]
    private static partial Regex OptionsLine();
}
