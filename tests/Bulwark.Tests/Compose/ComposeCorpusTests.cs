using Bulwark.Compose;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.Tests.Compose;

/// <summary>The 80 real-world compose files: every one parses as compose, and a full scan never crashes.</summary>
public sealed class ComposeCorpusTests
{
    private static string Corpus => TestPaths.SharedPath("corpus", "compose");

    private static List<string> Files => [.. Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void All_80_files_parse_as_compose_without_errors()
    {
        var engine = new ScanEngine([], RuleOptions.Default);
        var session = engine.Load(Files.Select(f => new ScanInput(f)));
        Assert.Equal(80, Files.Count);
        Assert.Empty(session.Errors);
        // compose.extras.yaml of the OpenTelemetry demo is only comments: an empty document, no project.
        var projects = session.Models<ComposeProject>();
        Assert.Equal(Files.Count - 1, projects.Count);
        Assert.True(session.Models<ContainerProfile>().Count > 200, "every service becomes a profile");
    }

    [Fact]
    public void Scanning_the_corpus_with_every_rule_never_crashes_and_points_into_the_file()
    {
        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan(Files.Select(f => new ScanInput(f)));
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.True(f.Location.Line > 0, $"{f.Rule.Id} {f.Message} has no line"));
    }
}
