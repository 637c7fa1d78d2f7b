using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// Every corpus manifest, fixed with unsafe fixes in a temp copy: the result parses, keeps every object,
/// and differs from the original only under the paths the applied fixes named.
/// </summary>
public sealed class CorpusFixTests
{
    private static readonly Lazy<(string Root, FixRun Run)> Corpus = new(() =>
    {
        var source = TestPaths.SharedPath("corpus", "k8s");
        var temp = Directory.CreateTempSubdirectory("bulwark-fix-corpus").FullName;
        CopyTree(source, temp);
        var inputs = InputDiscovery.Expand(temp).Select(f => new ScanInput(f, File.ReadAllText(f))).ToList();
        return (temp, FixKit.Run(inputs));
    });

    [Fact]
    public void Fixed_files_parse_keep_their_objects_and_change_only_what_the_fixes_named()
    {
        var (_, run) = Corpus.Value;
        Assert.Empty(run.Files.Where(f => f.InternalError is not null).Select(f => $"{f.File}: {f.InternalError}"));
        var changed = run.Files.Where(f => f.Changed).ToList();
        Assert.True(changed.Count > 300, $"only {changed.Count} files changed");
        Assert.All(changed, file =>
        {
            var before = YamlLoader.Parse(file.Original);
            var after = YamlLoader.Parse(file.Fixed);
            Assert.Empty(after.Errors);
            Assert.Equal(ObjectIdentity.Of(before), ObjectIdentity.Of(after));
            SemanticDiff.AssertOnlyUnder(before, after, file);
        });
    }

    [Fact]
    public void Fixing_the_fixed_corpus_changes_nothing()
    {
        var (_, run) = Corpus.Value;
        // All files, not only the changed ones: cross-file rules (a ServiceAccount elsewhere) need them.
        var inputs = run.Files.Select(f => new ScanInput(f.File, f.Fixed)).ToList();
        var again = FixKit.Run(inputs);
        Assert.Empty(again.Files.Where(f => f.Changed).Select(f => f.File));
    }

    [Fact]
    public void After_unsafe_fixes_no_finding_with_a_fix_remains()
    {
        var (_, run) = Corpus.Value;
        var left = run.Remaining.Active.Where(f => f.Fix is { Applicability: not Diagnostics.FixApplicability.DisplayOnly }).ToList();
        Assert.Empty(left.Take(20).Select(f => $"{f.Location.File}:{f.Location.Line} {f.Rule.Id} {f.Fix?.Title}"));
    }

    internal static void CopyTree(string source, string target)
    {
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }
}
