using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>Every Dockerfile of the shared real-world corpus parses cleanly and scans without a crash.</summary>
public sealed class DockerfileCorpusTests
{
    private static string CorpusDirectory => TestPaths.SharedPath("corpus", "dockerfile");

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Corpus_has_380_dockerfiles_all_classified_as_dockerfiles()
    {
        var files = CorpusFiles().ToList();

        Assert.Equal(380, files.Count);
        Assert.All(files, f => Assert.Equal(InputKind.Dockerfile, InputDiscovery.Classify(f)));
    }

    [Fact]
    public void Every_corpus_dockerfile_parses_without_error()
    {
        var failures = new List<string>();
        foreach (var path in CorpusFiles())
        {
            var model = DockerfileParser.Parse(new SourceFile(path, File.ReadAllText(path)));
            failures.AddRange(model.Errors.Select(e => $"{Path.GetRelativePath(CorpusDirectory, path)}:{e.Position}: {e.Message}"));
            if (model.Stages.Count == 0)
            {
                failures.Add($"{path}: no stage");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Cut every corpus file at many points (mid-heredoc, mid-quote, mid-continuation): errors are fine, exceptions are not.</summary>
    [Fact]
    public void Truncated_corpus_files_never_crash_the_scan()
    {
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);
        var inputs = new List<ScanInput>();
        foreach (var path in CorpusFiles())
        {
            var text = File.ReadAllText(path);
            for (var cut = 1; cut < 24; cut++)
            {
                inputs.Add(new ScanInput($"{path}.{cut}.Dockerfile", text[..(text.Length * cut / 24)]));
            }
        }

        var result = engine.Scan(inputs);

        Assert.Equal(inputs.Count, result.Files.Count);
    }

    [Fact]
    public void Scanning_the_whole_corpus_reports_no_errors()
    {
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);

        var result = engine.Scan(CorpusFiles().Select(f => new ScanInput(f)));

        Assert.Empty(result.Errors);
        Assert.Equal(380, result.Files.Count);
    }
}
