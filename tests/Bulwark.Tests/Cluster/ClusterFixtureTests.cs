using Bulwark.Rules;
using Bulwark.Tests.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

/// <summary>
/// Fixtures/cluster/RULEID/{pass,fail}*.yaml, each scanned alone with only its rule enabled (the
/// conventions of <see cref="RuleFixture"/>): a pass file yields nothing; in a fail file the rule
/// reports exactly the lines marked <c># expect</c>.
/// </summary>
public class ClusterFixtureTests
{
    private static string FixtureRoot => TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "cluster");

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(FixtureRoot).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_gets_exactly_its_expected_findings(string ruleId, string fileName)
    {
        var path = Path.Combine(FixtureRoot, ruleId, fileName);
        var expected = RuleFixture.ExpectedLines(path);
        var findings = RuleFixture.Scan(RuleCatalog.Find(ruleId)!, path);
        Assert.Equal(expected, new SortedSet<int>(findings.Select(f => f.Location.Line)));
        Assert.Equal(fileName.StartsWith("pass", StringComparison.Ordinal), expected.Count == 0);
    }
}
