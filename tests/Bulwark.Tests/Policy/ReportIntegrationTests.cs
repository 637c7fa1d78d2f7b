using System.Text.Json;

namespace Bulwark.Tests.Policy;

/// <summary>Suppressed findings reach the reports: SARIF suppressions (inSource/external) and the JSON summary count.</summary>
public sealed class ReportIntegrationTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Sarif_marks_comment_suppressions_in_source_and_baseline_ones_external()
    {
        var pod = _ws.Write("pod.yaml", Manifests.PrivilegedPod.Replace(
            "      securityContext:", "      # bulwark:ignore RT007 -- device plugin\n      securityContext:", StringComparison.Ordinal));
        var baseline = _ws.Path("baseline.json");
        Assert.Equal(0, Workspace.Cli("scan", pod, "--no-config", "--select", "RT007,RT006", "--write-baseline", baseline).ExitCode);

        var sarif = Workspace.Cli("scan", pod, "--no-config", "--select", "RT007,RT006", "--baseline", baseline, "--format", "sarif");

        Assert.Equal(0, sarif.ExitCode);
        using var json = JsonDocument.Parse(sarif.Stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
        var inSource = results["RT007"].GetProperty("suppressions")[0];
        Assert.Equal(("inSource", "device plugin"), (inSource.GetProperty("kind").GetString(), inSource.GetProperty("justification").GetString()));
        Assert.Equal("external", results["RT006"].GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Json_lists_suppressed_findings_and_counts_them_in_the_summary()
    {
        var config = _ws.Write("bulwark.yaml", "select: [RT007]\nper-path-ignores: {\"*.yaml\": [RT007]}\n");
        var pod = _ws.Write("pod.yaml", Manifests.PrivilegedPod);

        var result = Workspace.Cli("scan", pod, "--config", config, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("config", finding.GetProperty("suppressed").GetProperty("kind").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
    }
}
