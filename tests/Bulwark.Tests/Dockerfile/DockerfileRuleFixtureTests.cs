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
    public void Dockerfile_rules_are_df001_to_df019_and_the_image_rules_cover_dockerfiles_too()
    {
        var ids = RuleCatalog.All.Select(r => r.Metadata).Where(m => m.Id.StartsWith("DF", StringComparison.Ordinal)).Select(m => m.Id);

        Assert.Equal(Enumerable.Range(1, 19).Select(i => $"DF{i:000}"), ids);
        Assert.All(["IMG001", "IMG002", "IMG003"], id => Assert.True(RuleCatalog.Find(id)!.Metadata.Surfaces.HasFlag(Surfaces.Dockerfile)));
        Assert.All(ids.Concat(["IMG001", "IMG002", "IMG003"]), id =>
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Root, id), "pass*.Dockerfile"));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Root, id), "fail*.Dockerfile"));
        });
    }

    /// <summary>IMG003 only acts when trusted registries are configured.</summary>
    private static RuleOptions OptionsFor(string rule) => rule == "IMG003"
        ? RuleOptions.Default with { TrustedRegistries = ["registry.example.com", "gcr.io/distroless"] }
        : RuleOptions.Default;
}
