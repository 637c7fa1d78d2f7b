using System.Text.Json;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Tests.Cli;

/// <summary>The bundled examples, through the real CLI: the hardened pod is clean, the insecure deployment trips every rule.</summary>
public sealed class ExamplesEndToEndTests
{
    private static readonly string[] KubernetesWorkloadRules =
    [
        "RT001", "RT002", "RT003", "RT004", "RT005", "RT006", "RT007", "RT008", "RT009", "RT010", "RT011", "RT012", "RT013",
        "IMG001", "IMG002", "SEC001", "SEC002", "K8S001", "PSS001",
    ];

    [Fact]
    public void Seed_quick_reference_pod_has_no_finding_at_all()
    {
        var result = CliRunner.Run(null, "scan", "examples/kubernetes/hardened-pod.yaml", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Insecure_deployment_trips_every_workload_rule()
    {
        var scan = new ScanEngine(RuleCatalog.All, RuleOptions.Default)
            .Scan([new ScanInput(TestPaths.RepoPath("examples", "kubernetes", "insecure-deployment.yaml"))]);

        var fired = scan.Findings.Select(f => f.Rule.Id).ToHashSet();
        Assert.All(KubernetesWorkloadRules, id => Assert.Contains(id, fired));
    }

    [Fact]
    public void Scanning_the_examples_directory_exits_1_and_names_files_and_positions()
    {
        var result = CliRunner.Run(null, "scan", "examples");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("examples/kubernetes/insecure-deployment.yaml:40:", result.Stdout.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("RT007", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_scanned_like_helm_template_output()
    {
        var manifest = File.ReadAllText(TestPaths.RepoPath("examples", "kubernetes", "insecure-deployment.yaml"));
        var result = CliRunner.Run(manifest, "scan", "-", "--select", "RT007");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:40:25", result.Stdout, StringComparison.Ordinal);
    }
}
