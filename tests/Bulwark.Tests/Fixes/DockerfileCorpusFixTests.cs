using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Rules;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// Every Dockerfile of the shared corpus, copied to a temp directory and fixed with unsafe fixes and
/// a few configured image tags: each result parses, keeps its stages (names, what they are built on,
/// base images up to a pinned tag), differs only by the intended edits (compared instruction by
/// instruction, independently of the fix loop's own check), fixing again changes nothing, and a new
/// scan finds nothing that still has a fix.
/// </summary>
public sealed partial class DockerfileCorpusFixTests
{
    private static readonly FixOptions Options = FixOptions.Default.WithImageTags(
    [
        new("alpine", "3.20"), new("ubuntu", "24.04"), new("node", "20"), new("maven", "3.9"), new("nginx", "1.27-alpine"),
        new("gloursdocker/docker", "1.0"), new("buildpack-deps", "bookworm"), new("postgres", "16"), new("mysql", "8.4"),
        new("busybox", "1.36"), new("centos", "7"),
    ]);

    private static readonly Lazy<FixRun> Corpus = new(() =>
    {
        var temp = Directory.CreateTempSubdirectory("bulwark-fix-dockerfiles").FullName;
        var source = TestPaths.SharedPath("corpus", "dockerfile");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var inputs = InputDiscovery.Expand(temp).Select(f => new ScanInput(f, File.ReadAllText(f))).ToList();
        Assert.Equal(380, inputs.Count);
        return FixKit.Run(inputs, includeUnsafe: true, Options);
    });

    [Fact]
    public void Every_fixed_dockerfile_parses_and_keeps_its_stages()
    {
        var run = Corpus.Value;
        Assert.Empty(run.Files.Where(f => f.InternalError is not null).Select(f => $"{f.File}: {f.InternalError}"));
        var changed = run.Files.Where(f => f.Changed).ToList();
        Assert.True(changed.Count > 300, $"only {changed.Count} files changed");
        Assert.All(changed, file =>
        {
            var (before, after) = (Parse(file.File, file.Original), Parse(file.File, file.Fixed));
            Assert.Empty(after.Errors);
            Assert.Equal(before.Stages.Select(s => (s.Name, s.BaseStage?.Index)), after.Stages.Select(s => (s.Name, s.BaseStage?.Index)));
            Assert.Equal(before.Stages.Select(BaseName), after.Stages.Select(BaseName));
        });
    }

    [Fact]
    public void Fixed_dockerfiles_differ_only_by_the_intended_edits()
    {
        var run = Corpus.Value;
        Assert.All(run.Files.Where(f => f.Changed), file =>
        {
            var before = Parse(file.File, file.Original).Instructions;
            var after = Parse(file.File, file.Fixed).Instructions;
            var next = 0;
            foreach (var instruction in after)
            {
                if (next < before.Count && SameButForFixes(before[next], instruction))
                {
                    next++;
                }
                else
                {
                    Assert.True(IsAddedUser(instruction), $"{file.File}: unexpected instruction \"{instruction.Line.Text}\"");
                }
            }

            Assert.True(next == before.Count, $"{file.File}: instruction \"{(next < before.Count ? before[next].Line.Text : string.Empty)}\" was lost");
        });
    }

    [Fact]
    public void Every_fixable_rule_was_applied_somewhere()
    {
        var applied = Corpus.Value.Files.SelectMany(f => f.Applied).Select(a => a.RuleId).ToHashSet();
        Assert.Superset(new HashSet<string> { "DF004", "DF016", "DF019", "IMG001" }, applied);
    }

    [Fact]
    public void Fixing_the_fixed_corpus_changes_nothing()
    {
        var again = FixKit.Run([.. Corpus.Value.Files.Select(f => new ScanInput(f.File, f.Fixed))], includeUnsafe: true, Options);
        Assert.Empty(again.Files.Where(f => f.Changed).Select(f => f.File));
    }

    [Fact]
    public void A_new_scan_of_the_fixed_corpus_finds_nothing_that_has_a_fix()
    {
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default) { FixOptions = Options };
        var result = engine.Scan(Corpus.Value.Files.Select(f => new ScanInput(f.File, f.Fixed)));
        Assert.Empty(result.Errors);
        var left = result.Active.Where(f => f.Fix is { Applicability: not FixApplicability.DisplayOnly }).ToList();
        Assert.Empty(left.Take(20).Select(f => $"{f.Location.File}:{f.Location.Line} {f.Rule.Id} {f.Fix?.Title}"));
    }

    private static DockerfileModel Parse(string path, string text) => DockerfileParser.Parse(new SourceFile(path, text));

    private static string BaseName(BuildStage stage) =>
        stage.BaseStage is not null || stage.BaseImage is null ? string.Empty : Unpinned(stage.BaseImage.Raw);

    /// <summary>The same instruction, once the fixes' own additions are taken out of the new one.</summary>
    private static bool SameButForFixes(Instruction before, Instruction after)
    {
        var (old, now) = (Normalized(before), Normalized(after));
        return old == now
            || (before.Keyword == "ADD" && after.Keyword == "COPY" && old[3..] == now[4..])
            || (before.Keyword == "USER" && after.Keyword == "USER" && DigitsOnly().IsMatch(after.Arguments[0].Raw));
    }

    /// <summary>Whitespace collapsed, cache options and cleanups removed, configured tags and :latest dropped.</summary>
    private static string Normalized(Instruction instruction)
    {
        var text = string.Concat([instruction.Line.Text, .. (instruction.Trigger ?? instruction).Heredocs.Select(h => "\n" + h.Body.Text)]);
        text = Blanks().Replace(text, " ").Trim();
        text = Cleanup().Replace(text, string.Empty);
        text = CacheOption().Replace(text, string.Empty);
        return Unpinned(text).Trim().ToUpperInvariant();
    }

    private static string Unpinned(string text)
    {
        foreach (var (name, tag) in new[] { ("alpine", "3.20"), ("ubuntu", "24.04"), ("node", "20"), ("maven", "3.9"), ("nginx", "1.27-alpine"), ("gloursdocker/docker", "1.0"), ("buildpack-deps", "bookworm"), ("postgres", "16"), ("mysql", "8.4"), ("busybox", "1.36"), ("centos", "7") })
        {
            text = Regex.Replace(text, $@"(?<=(^|[\s=/]){Regex.Escape(name)})(:latest|:{Regex.Escape(tag)})?(?=\s|$)", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        return text;
    }

    /// <summary>What the non-root fix inserts: the USER, and the RUN creating the user.</summary>
    private static bool IsAddedUser(Instruction instruction) =>
        (instruction.Keyword == "USER" && (DigitsOnly().IsMatch(instruction.Line.Text[5..]) || instruction.Line.Text.EndsWith("ContainerUser", StringComparison.Ordinal)))
        || (instruction.Keyword == "RUN" && AddedUserRun().IsMatch(instruction.Line.Text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\s*(&&\s*)?((sudo|doas)\s+)?(rm -rf /var/lib/apt/lists/\*|rm -rf /var/cache/apk/\*|(yum|dnf|microdnf|tdnf) clean all|zypper clean --all)")]
    private static partial Regex Cleanup();

    [GeneratedRegex(@" --no-cache(-dir)?(?=\s|$)")]
    private static partial Regex CacheOption();

    [GeneratedRegex(@"^\s*[0-9]+(:[0-9]+)?\s*$")]
    private static partial Regex DigitsOnly();

    [GeneratedRegex(@"^(?i:run) (addgroup -S -g [0-9]+ app && adduser -S -u [0-9]+ -G app app|groupadd -r -g [0-9]+ app && useradd --no-log-init -r -u [0-9]+ -g app app)$")]
    private static partial Regex AddedUserRun();
}
