using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>
/// Runs every fixture under <c>Fixtures/dockerfile/&lt;RULE&gt;/</c> through the scan engine: fail fixtures
/// must produce exactly the findings their <c># expect:</c> comments announce (rule and line), pass
/// fixtures none of the folder's rule.
/// </summary>
public sealed class DockerfileRuleFixtureTests
{
    private static readonly string Root = TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "dockerfile");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.Dockerfile", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_produces_exactly_the_expected_findings(string fixture)
    {
        var rule = fixture.Split('/')[0];
        var path = Path.Combine(Root, fixture);
        var expected = FixtureExpectations.Read(File.ReadAllLines(path));
        var compared = expected.Select(e => e.Rule).Append(rule).ToHashSet(StringComparer.Ordinal);

        var result = new ScanEngine(RuleCatalog.All, OptionsFor(rule)).Scan([new ScanInput(path)]);

        Assert.Empty(result.Errors);
        var actual = result.Findings.Where(f => compared.Contains(f.Rule.Id)).Select(f => (f.Rule.Id, f.Location.Line)).Order().ToList();
        Assert.Equal(expected.Order().ToList(), actual);
        if (Path.GetFileName(fixture).StartsWith("fail", StringComparison.Ordinal))
        {
            Assert.Contains(expected, e => e.Rule == rule);
        }
    }

    [Fact]
    public void Every_dockerfile_rule_has_pass_and_fail_fixtures()
    {
        var rules = RuleCatalog.All.Select(r => r.Metadata).Where(m => m.Surfaces.HasFlag(Surfaces.Dockerfile)).Select(m => m.Id).ToList();

        Assert.Equal(21, rules.Count);
        Assert.All(rules, id =>
        {
            var folder = Path.Combine(Root, id);
            Assert.NotEmpty(Directory.GetFiles(folder, "pass*.Dockerfile"));
            Assert.NotEmpty(Directory.GetFiles(folder, "fail*.Dockerfile"));
        });
    }

    /// <summary>IMG003 only acts when trusted registries are configured.</summary>
    private static RuleOptions OptionsFor(string rule) => rule == "IMG003"
        ? RuleOptions.Default with { TrustedRegistries = ["registry.example.com", "gcr.io/distroless"] }
        : RuleOptions.Default;
}
