using Bulwark.Rules;
using Bulwark.Tests.Rules;

namespace Bulwark.Tests.Compose;

/// <summary>
/// Every rule that judges compose against its compose fixtures (<c>Fixtures/compose/RULEID/pass*|fail*.yaml</c>),
/// with only that rule enabled: the runtime rules must fire with the same IDs as on Kubernetes.
/// </summary>
public sealed class ComposeFixtureTests
{
    private static string Root => TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "compose");

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Rule_reports_exactly_the_marked_lines(string fixture)
    {
        var file = Path.Combine(Root, fixture);
        var ruleId = Path.GetDirectoryName(fixture)!;
        var rule = RuleCatalog.Find(ruleId) ?? throw new InvalidOperationException("no rule " + ruleId);

        var findings = RuleFixture.Scan(rule, file);

        Assert.Equal(RuleFixture.ExpectedLines(file), new SortedSet<int>(findings.Select(f => f.Location.Line)));
        Assert.All(findings, f => Assert.True(f.Object is null || f.Object.Kind == "ComposeService", f.Message)); // BW findings are about comments
        if (Path.GetFileName(file).StartsWith("fail", StringComparison.Ordinal))
        {
            Assert.NotEmpty(findings);
        }
    }

    [Fact]
    public void Every_rule_for_compose_has_fixtures()
    {
        var withFixtures = Directory.EnumerateDirectories(Root).Select(Path.GetFileName).ToHashSet();
        var composeRules = RuleCatalog.All.Select(r => r.Metadata).Where(m => m.Surfaces.HasFlag(Surfaces.Compose));
        Assert.All(composeRules, r => Assert.Contains(r.Id, withFixtures));
    }
}
