using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

/// <summary>Runs the real engine over manifests and keeps the findings of the rules under test.</summary>
internal static class ClusterScan
{
    public static IReadOnlyList<Finding> Text(string yaml, params string[] ruleIds) =>
        Run([new ScanInput("test.yaml", yaml)], RuleOptions.Default, ruleIds);

    public static IReadOnlyList<Finding> Files(IEnumerable<string> paths, RuleOptions options, params string[] ruleIds) =>
        Run(paths.Select(p => new ScanInput(p)), options, ruleIds);

    public static IReadOnlyList<Finding> Run(IEnumerable<ScanInput> inputs, RuleOptions options, params string[] ruleIds)
    {
        var result = new ScanEngine(RuleCatalog.All, options).Scan(inputs);
        Assert.Empty(result.Errors);
        return [.. result.Findings.Where(f => ruleIds.Contains(f.Rule.Id))];
    }

    public static AnalysisSession Load(string yaml, RuleOptions? options = null) =>
        new ScanEngine(RuleCatalog.All, options ?? RuleOptions.Default).Load([new ScanInput("test.yaml", yaml)]);

    /// <summary>Every YAML file under a directory of the shared corpus, in a stable order.</summary>
    public static IEnumerable<string> CorpusFiles(params string[] parts) =>
        Directory.GetFiles(TestPaths.SharedPath(["corpus", "k8s", .. parts]), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Findings as <c>file-name:line RULE severity</c>, for exact comparisons.</summary>
    public static string[] Summaries(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{Path.GetFileName(f.Location.File)}:{f.Location.Line} {f.Rule.Id} {f.Severity.ToName()}")];
}
