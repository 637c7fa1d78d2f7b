namespace Bulwark.Tests.Policy;

/// <summary>The exit code follows fail-on, from the config file or the flag, counting active findings only.</summary>
public sealed class ThresholdTests : IDisposable
{
    // Selected rules give one medium finding (RT001: no non-root user) and one low (IMG002: no digest).
    private const string Selection = "select: [run-as-root, IMG002]\n";

    private readonly Workspace _ws = new();
    private readonly string _pod;

    public ThresholdTests()
    {
        _pod = _ws.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0\n");
    }

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData("low", 1)]
    [InlineData("medium", 1)]
    [InlineData("high", 0)]
    [InlineData("critical", 0)]
    public void Config_fail_on_decides_the_exit_code(string failOn, int expected)
    {
        Assert.Equal(expected, Scan(Selection + $"fail-on: {failOn}\n"));
    }

    [Theory]
    [InlineData("high", 0)]
    [InlineData("medium", 1)]
    public void The_flag_overrides_the_config_threshold(string flag, int expected)
    {
        Assert.Equal(expected, Scan(Selection + "fail-on: low\n", "--fail-on", flag));
    }

    [Theory]
    [InlineData("fail-on: critical\nseverity: {run-as-root: critical}\n", 1)]
    [InlineData("fail-on: medium\nseverity: {runtime.non-root: low}\n", 0)]
    [InlineData("fail-on: medium\nseverity: {RT: critical, RT001: low}\n", 0)]
    [InlineData("fail-on: medium\nseverity: {RT0: low, RT: critical}\n", 0)]
    public void Severity_overrides_move_findings_across_the_threshold(string config, int expected)
    {
        // The most specific selector wins: ID or name, then practice, then the longest prefix.
        Assert.Equal(expected, Scan(Selection + config));
    }

    [Fact]
    public void Suppressed_findings_do_not_count()
    {
        File.WriteAllText(_pod, File.ReadAllText(_pod).Replace("    - name: app", "    # bulwark:ignore run-as-root -- reviewed\n    - name: app", StringComparison.Ordinal));
        Assert.Equal(0, Scan(Selection + "fail-on: medium\n"));
    }

    private int Scan(string config, params string[] flags)
    {
        var path = _ws.Write("bulwark.yaml", config);
        return Workspace.Cli(["scan", _pod, "--config", path, .. flags]).ExitCode;
    }
}
