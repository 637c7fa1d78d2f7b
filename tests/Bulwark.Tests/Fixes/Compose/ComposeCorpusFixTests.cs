using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Yaml;
using Xunit.Abstractions;

namespace Bulwark.Tests.Fixes.Compose;

/// <summary>
/// Every file of <c>../shared/corpus/compose</c>, fixed with unsafe fixes in a temp copy: the result
/// parses, keeps every service and top-level key, and differs from the original only in the keys of
/// services the compose fixes own.
/// </summary>
public sealed class ComposeCorpusFixTests(ITestOutputHelper output)
{
    // The service keys compose fixes write; a change anywhere else is a bug.
    private static readonly HashSet<string> OwnedKeys = new(StringComparer.Ordinal)
    {
        "user", "group_add", "cap_drop", "cap_add", "privileged", "network_mode", "pid", "ipc", "read_only", "tmpfs",
        "security_opt", "cpus", "mem_limit", "pids_limit", "logging",
    };

    private static readonly string[] DeployLimits = ["deploy", "resources", "limits"];

    private static readonly Lazy<FixRun> Corpus = new(() =>
    {
        var temp = Directory.CreateTempSubdirectory("bulwark-fix-compose-corpus").FullName;
        CorpusFixTests.CopyTree(TestPaths.SharedPath("corpus", "compose"), temp);
        return FixKit.Run([.. InputDiscovery.Expand(temp).Select(f => new ScanInput(f, File.ReadAllText(f)))]);
    });

    [Fact]
    public void Fixed_files_parse_keep_their_services_and_change_only_service_keys_the_fixes_own()
    {
        var run = Corpus.Value;
        Assert.Equal(80, run.Files.Count);
        Assert.Empty(run.Files.Where(f => f.InternalError is not null).Select(f => $"{f.File}: {f.InternalError}"));
        var changed = run.Files.Where(f => f.Changed).ToList();
        Assert.Equal(79, changed.Count); // compose.extras.yaml of the OpenTelemetry demo is only comments
        Assert.All(changed, file =>
        {
            var before = YamlLoader.Parse(file.Original);
            var after = YamlLoader.Parse(file.Fixed);
            Assert.Empty(after.Errors);
            Assert.Equal(ObjectIdentity.Of(before), ObjectIdentity.Of(after));
            Assert.Equal(before.Documents.Count, after.Documents.Count);
            var unintended = SemanticDiff.Paths(SemanticTree.From(before.Documents[0].Root), SemanticTree.From(after.Documents[0].Root)).Where(p => !IsOwned(p));
            Assert.Empty(unintended.Select(p => $"{file.File}: {p}"));
        });
        Report(run);
    }

    [Fact]
    public void Fixing_the_fixed_corpus_changes_nothing()
    {
        var again = FixKit.Run([.. Corpus.Value.Files.Select(f => new ScanInput(f.File, f.Fixed))]);
        Assert.Empty(again.Files.Where(f => f.Changed).Select(f => f.File));
    }

    [Fact]
    public void After_unsafe_fixes_no_compose_finding_with_a_fix_remains()
    {
        var left = Corpus.Value.Remaining.Active.Where(f => f.Fix is { Applicability: not FixApplicability.DisplayOnly });
        Assert.Empty(left.Take(20).Select(f => $"{f.Location.File}:{f.Location.Line} {f.Rule.Id} {f.Fix?.Title}"));
    }

    /// <summary><c>/services/&lt;name&gt;/&lt;owned key&gt;...</c>, or a path along <c>deploy.resources.limits</c>.</summary>
    private static bool IsOwned(string pointer)
    {
        var segments = pointer.Split('/');
        if (segments.Length < 4 || segments[1] != "services")
        {
            return false;
        }

        var rest = segments[3..];
        return OwnedKeys.Contains(rest[0]) || rest.Take(DeployLimits.Length).SequenceEqual(DeployLimits.Take(rest.Length));
    }

    /// <summary>Fully fixed files versus files with skipped fixes (and why), for the record.</summary>
    private void Report(FixRun run)
    {
        var skipped = run.Files.Where(f => f.Skipped.Count > 0).ToList();
        output.WriteLine($"{run.Files.Count(f => f.Changed)} files changed, {run.Files.Count(f => f.Changed) - skipped.Count} fully fixed, {skipped.Count} with skipped fixes");
        foreach (var reason in skipped.SelectMany(f => f.Skipped).GroupBy(s => $"{s.RuleId}: {s.Reason}"))
        {
            output.WriteLine($"  {reason.Count()} x {reason.Key}");
        }
    }
}
