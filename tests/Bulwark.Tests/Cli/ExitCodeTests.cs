namespace Bulwark.Tests.Cli;

public sealed class ExitCodeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-exit").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("low", 1)]
    [InlineData("medium", 1)]
    [InlineData("high", 1)]
    [InlineData("critical", 0)]
    public void Fail_on_threshold_decides_exit_code(string failOn, int expected)
    {
        // One high finding (explicit root) and medium ones; nothing critical.
        var file = Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: app:1.0\n      securityContext: {runAsUser: 0}\n");
        var result = CliRunner.InProcess("scan", file, "--fail-on", failOn, "--select", "RT001,RT004");
        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Invalid_yaml_is_exit_2_with_position_and_other_files_still_scanned()
    {
        var bad = Write("bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");
        var good = Write("good.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: app:1.0\n      securityContext: {privileged: true}\n");
        var result = CliRunner.InProcess("scan", bad, good, "--select", "RT007", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"RT007\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("bad.yaml", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_exit_2()
    {
        var result = CliRunner.InProcess("scan", Path.Combine(_dir, "nope.yaml"));
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Unknown_selector_is_a_usage_error()
    {
        var result = CliRunner.InProcess("scan", _dir, "--select", "no-such-rule");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-rule", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_directory_is_exit_0()
    {
        Write("kustomization.yaml", "resources: [a.yaml]\n");
        Write("values.yaml", "replicaCount: 1\nimage: {repository: nginx}\n");
        var result = CliRunner.InProcess("scan", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
