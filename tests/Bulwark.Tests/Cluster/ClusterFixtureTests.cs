using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

/// <summary>
/// Fixtures/cluster/RULEID/{pass,fail}*.yaml, each scanned alone: a pass file yields no finding of
/// its rule; in a fail file the rule reports exactly the lines marked <c># expect</c>.
/// </summary>
public class ClusterFixtureTests
{
    private const string Marker = "# expect";

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

    private static string FixtureRoot => TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "cluster");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_gets_exactly_its_expected_findings(string ruleId, string fileName)
    {
        var path = Path.Combine(FixtureRoot, ruleId, fileName);
        var expected = File.ReadAllLines(path)
            .Select((line, index) => (line, number: index + 1))
            .Where(l => l.line.TrimEnd().EndsWith(Marker, StringComparison.Ordinal))
            .Select(l => l.number)
            .ToList();
        var findings = ClusterScan.Run([new ScanInput(path)], RuleOptions.Default, ruleId);
        Assert.Equal(expected, findings.Select(f => f.Location.Line).Order());
        Assert.Equal(fileName.StartsWith("pass", StringComparison.Ordinal), expected.Count == 0);
    }

    [Fact]
    public void Every_cluster_rule_has_pass_and_fail_fixtures()
    {
        foreach (var id in RuleCatalog.All.Select(r => r.Metadata.Id).Where(id => id.StartsWith("K8S", StringComparison.Ordinal)))
        {
            var files = Directory.GetFiles(Path.Combine(FixtureRoot, id)).Select(Path.GetFileName).ToList();
            Assert.Contains(files, f => f!.StartsWith("pass", StringComparison.Ordinal));
            Assert.Contains(files, f => f!.StartsWith("fail", StringComparison.Ordinal));
        }
    }
}
