namespace Bulwark.Tests.Policy;

/// <summary>Flags replace the config file's value for their key; --config/--no-config pick the file; exclude prunes walks.</summary>
public sealed class CliOverrideTests : IDisposable
{
    private readonly Workspace _ws = new();
    private readonly string _pod;

    public CliOverrideTests()
    {
        _pod = _ws.Write("pod.yaml", Manifests.PrivilegedPod);
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Select_flag_replaces_the_config_selection()
    {
        var config = _ws.Write("bulwark.yaml", "select: [RT007]\nfail-on: critical\n");

        Assert.Equal(1, Scan(config));
        Assert.Equal(0, Scan(config, "--select", "RT001"));
    }

    [Fact]
    public void Ignore_flag_replaces_the_config_ignore_list()
    {
        var config = _ws.Write("bulwark.yaml", "ignore: [RT007]\nfail-on: critical\n");

        Assert.Equal(0, Scan(config));
        Assert.Equal(1, Scan(config, "--ignore", "RT001"));
    }

    [Fact]
    public void No_config_skips_even_a_broken_file_and_config_needs_an_existing_one()
    {
        var broken = _ws.Write("bulwark.yaml", "fail-on: [oops\n");

        Assert.Equal(2, Scan(broken));
        Assert.Equal(1, Workspace.Cli("scan", _pod, "--no-config").ExitCode);
        Assert.Equal(2, Workspace.Cli("scan", _pod, "--config", _ws.Path("missing.yaml")).ExitCode);
        Assert.Equal(2, Workspace.Cli("scan", _pod, "--config", broken, "--no-config").ExitCode);
    }

    [Fact]
    public void Config_options_reach_the_rules()
    {
        var config = _ws.Write("bulwark.yaml", "select: [untrusted-registry]\noptions: {trusted-registries: [ghcr.io/acme]}\n");
        Assert.Equal(1, Scan(config));

        File.WriteAllText(config, "select: [untrusted-registry]\noptions: {trusted-registries: [registry.example.com]}\n");
        Assert.Equal(0, Scan(config));
    }

    [Fact]
    public void Exclude_prunes_directory_walks_but_not_named_files()
    {
        var vendored = _ws.Write(Path.Combine("tree", "vendor-charts", "pod.yaml"), Manifests.PrivilegedPod);
        var config = _ws.Write("bulwark.yaml", "select: [RT007]\nexclude: [\"tree/vendor-charts/**\"]\n");

        Assert.Equal(0, Workspace.Cli("scan", _ws.Path("tree"), "--config", config).ExitCode);
        Assert.Equal(1, Workspace.Cli("scan", vendored, "--config", config).ExitCode);
    }

    [Fact]
    public void Per_path_ignores_from_the_config_file_suppress_findings()
    {
        _ws.Write(Path.Combine("tree", "legacy", "pod.yaml"), Manifests.PrivilegedPod);
        var config = _ws.Write("bulwark.yaml", "select: [RT007]\nper-path-ignores: {\"tree/legacy/**\": [privileged-container]}\n");

        Assert.Equal(0, Workspace.Cli("scan", _ws.Path("tree"), "--config", config).ExitCode);
    }

    [Fact]
    public void Show_suppressed_lists_suppressed_findings()
    {
        var config = _ws.Write("bulwark.yaml", "select: [RT007]\nper-path-ignores: {\"pod.yaml\": [RT007]}\n");

        var hidden = Workspace.Cli("scan", _pod, "--config", config);
        var shown = Workspace.Cli("scan", _pod, "--config", config, "--show-suppressed");

        Assert.Equal((0, 0), (hidden.ExitCode, shown.ExitCode));
        Assert.DoesNotContain("is privileged", hidden.Stdout, StringComparison.Ordinal);
        Assert.Contains("is privileged", shown.Stdout, StringComparison.Ordinal);
    }

    private int Scan(string config, params string[] flags) =>
        Workspace.Cli(["scan", _pod, "--config", config, .. flags]).ExitCode;
}
