using System.Text.Json;

namespace Bulwark.Tests.Policy;

/// <summary>Adopting Bulwark on an existing repository: record today's findings, then report only new ones.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: registry.example.com/app:1.0
              securityContext:
                privileged: true
                capabilities: {add: [NET_ADMIN]}

        """;

    private readonly Workspace _ws = new();
    private readonly string _pod;
    private readonly string _baseline;

    public BaselineTests()
    {
        _pod = _ws.Write(Path.Combine("k8s", "pod.yaml"), Pod);
        _baseline = _ws.Path("bulwark-baseline.json");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Writing_a_baseline_records_the_findings_and_the_run_passes()
    {
        var write = Workspace.Cli("scan", _pod, "--no-config", "--write-baseline", _baseline);

        Assert.Equal(0, write.ExitCode);
        Assert.Contains("wrote baseline", write.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(_baseline));
        var entries = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("rule").GetString() == "RT007" && e.GetProperty("file").GetString() == "k8s/pod.yaml"
            && e.GetProperty("object").GetString() == "Pod/default/web" && e.GetProperty("container").GetString() == "app");
        Assert.All(entries, e => Assert.False(e.TryGetProperty("line", out _)));
        Assert.Equal(["bulwark-baseline.json", "k8s"], Directory.EnumerateFileSystemEntries(_ws.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_baseline_survives_an_edit_that_shifts_lines()
    {
        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--write-baseline", _baseline).ExitCode);
        File.WriteAllText(_pod, "# Owned by team web.\n# Reviewed 2025-01.\n" + Pod.Replace("  name: web\n", "  name: web\n  labels: {app: web, tier: front}\n", StringComparison.Ordinal));

        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--baseline", _baseline).ExitCode);
        Assert.Equal(1, Workspace.Cli("scan", _pod, "--no-config").ExitCode);
    }

    [Fact]
    public void Changing_the_offending_value_is_a_new_finding()
    {
        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--write-baseline", _baseline).ExitCode);
        File.WriteAllText(_pod, Pod.Replace("NET_ADMIN", "SYS_ADMIN", StringComparison.Ordinal));

        var rescan = Workspace.Cli("scan", _pod, "--no-config", "--baseline", _baseline, "--select", "RT003");
        Assert.Equal(1, rescan.ExitCode);
        Assert.Contains("SYS_ADMIN", rescan.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_recorded_finding_absorbs_one_so_a_second_identical_one_is_new()
    {
        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--write-baseline", _baseline, "--select", "RT003").ExitCode);
        File.WriteAllText(_pod, Pod.Replace("[NET_ADMIN]", "[NET_ADMIN, NET_ADMIN]", StringComparison.Ordinal));

        Assert.Equal(1, Workspace.Cli("scan", _pod, "--no-config", "--baseline", _baseline, "--select", "RT003").ExitCode);
    }

    [Fact]
    public void A_fixed_finding_leaves_a_stale_entry_that_is_not_a_finding()
    {
        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--write-baseline", _baseline).ExitCode);
        File.WriteAllText(_pod, Pod.Replace("privileged: true", "privileged: false", StringComparison.Ordinal));

        Assert.Equal(0, Workspace.Cli("scan", _pod, "--no-config", "--baseline", _baseline).ExitCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\": 2, \"findings\": []}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"rule\": \"RT007\"}]}")]
    public void An_unreadable_baseline_is_exit_2(string content)
    {
        File.WriteAllText(_baseline, content);
        var result = Workspace.Cli("scan", _pod, "--no-config", "--baseline", _baseline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read baseline", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_exit_2()
    {
        Assert.Equal(2, Workspace.Cli("scan", _pod, "--no-config", "--baseline", _ws.Path("nope.json")).ExitCode);
    }
}
