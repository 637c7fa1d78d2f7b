using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Suppressions;

namespace Bulwark.Tests.Policy;

/// <summary>The layers are asked in the documented order; the first that matches is recorded.</summary>
public sealed class SuppressionOrderTests
{
    [Theory]
    [InlineData(true, true, true, true, true, SuppressionKind.Config)]
    [InlineData(false, true, true, true, true, SuppressionKind.FileComment)]
    [InlineData(false, false, true, true, true, SuppressionKind.LineComment)]
    [InlineData(false, false, false, true, true, SuppressionKind.Annotation)]
    [InlineData(false, false, false, false, true, SuppressionKind.Baseline)]
    public void First_matching_layer_wins(bool perPath, bool fileComment, bool lineComment, bool annotation, bool baseline, SuppressionKind expected)
    {
        using var ws = new Workspace();
        var pod = ws.Write(Path.Combine("legacy", "pod.yaml"), Manifest(fileComment, lineComment, annotation));
        var settings = new SuppressionSettings
        {
            PerPathIgnores = perPath ? ws.Config("per-path-ignores: {\"legacy/**\": [RT007]}\n").PerPathIgnores : [],
            Baseline = baseline ? BaselineOf(ws, pod) : null,
        };

        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default, new ScanPolicy { Suppressions = settings }).Scan([new ScanInput(pod)]);

        Assert.Equal(expected, result.Findings.Single(f => f.Rule.Id == "RT007").Suppression?.Kind);

        // A directive that matched a finding an earlier layer already claimed is still used.
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "BW001");
    }

    [Fact]
    public void Per_path_ignores_name_the_glob_and_spare_other_paths()
    {
        using var ws = new Workspace();
        var config = ws.Config("per-path-ignores: {\"charts/legacy/**\": [runtime.isolation]}\n");
        var legacy = ws.Write(Path.Combine("charts", "legacy", "pod.yaml"), Manifests.PrivilegedPod);
        var current = ws.Write(Path.Combine("charts", "current", "pod.yaml"), Manifests.PrivilegedPod);

        var findings = ws.Scan(config, legacy, current).Findings.Where(f => f.Rule.Id == "RT007").ToList();

        Assert.Equal(new Suppression(SuppressionKind.Config, "per-path-ignores: charts/legacy/**"), findings.Single(f => f.Location.File == legacy).Suppression);
        Assert.Null(findings.Single(f => f.Location.File == current).Suppression);
    }

    private static string Manifest(bool fileComment, bool lineComment, bool annotation)
    {
        var text = Manifests.PrivilegedPod;
        if (lineComment)
        {
            text = text.Replace("      securityContext:", "      # bulwark:ignore RT007 -- line\n      securityContext:", StringComparison.Ordinal);
        }

        if (annotation)
        {
            text = text.Replace("  name: web\n", "  name: web\n  annotations: {bulwark.dev/ignore: RT007}\n", StringComparison.Ordinal);
        }

        return (fileComment ? "# bulwark:ignore-file RT007 -- file\n" : string.Empty) + text;
    }

    /// <summary>A baseline of the file's findings as they are, written beside it.</summary>
    private static Baseline BaselineOf(Workspace ws, string file)
    {
        var unsuppressed = new ScanEngine(RuleCatalog.All, RuleOptions.Default, new ScanPolicy { Suppressions = new SuppressionSettings { Inline = false, Annotations = false } })
            .Scan([new ScanInput(file)]);
        return Baseline.Of(unsuppressed.Findings, ws.Path("baseline.json"));
    }
}
