using Bulwark.Rules;

namespace Bulwark.Tests.Rules;

/// <summary>Every rule against its own pass and fail fixtures, with only that rule enabled.</summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var file in RuleFixture.Files(rule.Metadata.Id))
            {
                data.Add(Path.GetRelativePath(RuleFixture.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Rule_reports_exactly_the_marked_lines(string fixture)
    {
        var file = Path.Combine(RuleFixture.Root, fixture);
        var ruleId = Path.GetDirectoryName(fixture)!;
        var rule = RuleCatalog.Find(ruleId)!;

        var findings = RuleFixture.Scan(rule, file);

        var expected = RuleFixture.ExpectedLines(file);
        var actual = new SortedSet<int>(findings.Select(f => f.Location.Line));
        Assert.Equal(expected, actual);
        Assert.All(findings, f => Assert.Equal(ruleId, f.Rule.Id));
        if (Path.GetFileName(file).StartsWith("pass", StringComparison.Ordinal))
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.NotEmpty(findings);
        }
    }
}
