using System.Text.RegularExpressions;
using Bulwark.Docs;
using Bulwark.Rules;

namespace Bulwark.Tests.Rules;

/// <summary>Consistency of the rule catalogue: the metadata every output and doc is generated from.</summary>
public sealed partial class CatalogueTests
{
    private static IEnumerable<RuleMetadata> Rules => RuleCatalog.All.Select(r => r.Metadata);

    [Fact]
    public void Ids_and_names_are_unique()
    {
        Assert.Equal(Rules.Count(), Rules.Select(r => r.Id).Distinct().Count());
        Assert.Equal(Rules.Count(), Rules.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Metadata_is_complete_and_well_formed()
    {
        Assert.All(Rules, r =>
        {
            Assert.Matches(IdPattern(), r.Id);
            Assert.Matches(KebabCase(), r.Name);
            Assert.Contains(r.Practice, Practices.All);
            Assert.NotEmpty(r.Cwe);
            Assert.NotEmpty(r.Mitre);
            Assert.All(r.Cwe, c => Assert.Matches(@"^CWE-\d+$", c));
            Assert.All(r.Mitre, m => Assert.Matches(@"^T\d{4}(\.\d{3})?$", m));
            Assert.False(string.IsNullOrWhiteSpace(r.Title + r.Description + r.Rationale + r.Remediation));
            Assert.True(r.Fix == FixAvailability.None || r.FixNote is not null, $"{r.Id} has a fix but no fix-safety note");
        });
    }

    [Fact]
    public void Catalogue_is_in_id_order()
    {
        var ids = Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_rule_has_pass_and_fail_fixtures()
    {
        var withFixtures = new[] { "rules", "dockerfile", "compose", "cluster" }
            .Select(kind => TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", kind))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .ToLookup(Path.GetFileName);
        Assert.All(Rules, r =>
        {
            var files = withFixtures[r.Id].SelectMany(Directory.EnumerateFiles).Select(Path.GetFileName).ToList();
            Assert.True(files.Any(f => f!.StartsWith("pass", StringComparison.Ordinal)), $"{r.Id} has no pass fixture");
            Assert.True(files.Any(f => f!.StartsWith("fail", StringComparison.Ordinal)), $"{r.Id} has no fail fixture");
        });
    }

    [Fact]
    public void Checked_in_rule_docs_are_current()
    {
        var dir = TestPaths.RepoPath("docs", "rules");
        var stale = Rules
            .Where(r => !File.Exists(Path.Combine(dir, r.Id + ".md")) || File.ReadAllText(Path.Combine(dir, r.Id + ".md")) != RuleDocs.Page(r))
            .Select(r => r.Id)
            .ToList();
        if (File.ReadAllText(Path.Combine(dir, "README.md")) != RuleDocs.Index(Rules))
        {
            stale.Add("README.md");
        }

        var orphans = Directory.EnumerateFiles(dir, "*.md").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "README" && RuleCatalog.Find(n!) is null);
        Assert.True(stale.Count == 0 && !orphans.Any(), $"docs/rules is stale ({string.Join(", ", stale.Concat(orphans!))}); run: dotnet run --project src/Bulwark.Cli -- rules --write-docs docs/rules");
    }

    [GeneratedRegex("^(RT|IMG|SEC|K8S|PSS|DF|DKR|BW)[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
