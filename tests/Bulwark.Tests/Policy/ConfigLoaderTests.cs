using Bulwark.Configuration;
using Bulwark.Diagnostics;

namespace Bulwark.Tests.Policy;

public sealed class ConfigLoaderTests
{
    private const string Full = """
        select: [K8S, runtime.non-root, RT007]
        ignore: [image-not-pinned-to-digest]
        severity: {privileged-container: critical, RT: high}
        fail-on: medium
        exclude: ["vendor/**", "**/testdata/**"]
        per-path-ignores: {"charts/legacy/**": [runtime.read-only-root]}
        options:
          trusted-registries: [registry.example.com, ghcr.io/acme]
          allowed-capabilities: [NET_BIND_SERVICE, NET_RAW]
          minimum-pod-security: baseline
          secret-names: ["*_DSN"]
        suppressions: {inline: false, annotations: false}

        """;

    [Fact]
    public void Every_key_of_the_issue_example_is_read()
    {
        var config = Load(Full).Config!;

        Assert.Equal(["K8S", "runtime.non-root", "RT007"], config.Select);
        Assert.Equal(["image-not-pinned-to-digest"], config.Ignore);
        Assert.Equal([new SeverityOverride("privileged-container", Severity.Critical), new SeverityOverride("RT", Severity.High)], config.SeverityOverrides);
        Assert.Equal(Severity.Medium, config.FailOn);
        Assert.Equal(["vendor/**", "**/testdata/**"], config.Exclude.Select(g => g.Pattern));
        Assert.Equal("charts/legacy/**", Assert.Single(config.PerPathIgnores).Glob.Pattern);
        Assert.Equal(["registry.example.com", "ghcr.io/acme"], config.Options.TrustedRegistries);
        Assert.Equal(["NET_BIND_SERVICE", "NET_RAW"], config.Options.AllowedCapabilities);
        Assert.Equal("baseline", config.Options.MinimumPodSecurity);
        Assert.Equal(["*_DSN"], config.Options.SecretNames);
        Assert.False(config.InlineSuppressions);
        Assert.False(config.AnnotationSuppressions);
    }

    [Fact]
    public void The_fix_section_sets_what_the_fixes_write()
    {
        var digest = new string('a', 64);
        var config = Load($$"""
            fix:
              run-as-user: 2000
              run-as-group: 3000
              limits: {cpu: "1", memory: 1Gi}
              requests: {cpu: 100m, memory: 128Mi}
              image-tags: {nginx: 1.27-alpine, "ghcr.io/acme/app": "2.0@sha256:{{digest}}"}

            """).Config!;
        var fix = config.FixOptions;

        Assert.Equal((2000, 3000, 3000, 2000, 3000), (fix.RunAsUser, fix.RunAsGroup, fix.FsGroup, fix.ImageUser, fix.ImageGroup));
        Assert.Equal(("1", "1Gi", "100m", "128Mi"), (fix.CpuLimit, fix.MemoryLimit, fix.CpuRequest, fix.MemoryRequest));
        Assert.Equal("1.27-alpine", fix.TagFor(Bulwark.Common.ImageReference.Parse("docker.io/library/nginx:latest")));
        Assert.Equal("2.0@sha256:" + digest, fix.TagFor(Bulwark.Common.ImageReference.Parse("ghcr.io/acme/app")));
        Assert.Null(fix.TagFor(Bulwark.Common.ImageReference.Parse("redis")));
    }

    [Fact]
    public void Without_a_fix_section_each_surface_keeps_its_default_identity_and_a_uid_alone_sets_the_gid()
    {
        Assert.Equal((1000L, 10001L), (Load("fail-on: low\n").Config!.FixOptions.RunAsUser, Load("fail-on: low\n").Config!.FixOptions.ImageUser));
        var fix = Load("fix: {run-as-user: 4000}\n").Config!.FixOptions;
        Assert.Equal((4000L, 4000L, 4000L, 4000L), (fix.RunAsUser, fix.RunAsGroup, fix.ImageUser, fix.ImageGroup));
    }

    [Fact]
    public void An_empty_file_means_every_default()
    {
        var config = Load("# nothing yet\n").Config!;
        Assert.Empty(config.Select);
        Assert.Null(config.FailOn);
        Assert.True(config.InlineSuppressions && config.AnnotationSuppressions);
        Assert.Equal(["NET_BIND_SERVICE"], config.Options.AllowedCapabilities);
    }

    [Theory]
    [InlineData("selct: [RT001]\n", 1, 1, "unknown key 'selct' (did you mean 'select'?)")]
    [InlineData("select: RT001\n", 1, 9, "'select' expects a list, got 'RT001'")]
    [InlineData("select: [RT001, no-such-rule]\n", 1, 17, "unknown rule selector 'no-such-rule'")]
    [InlineData("ignore:\n  - RT001\n  - XX9\n", 3, 5, "unknown rule selector 'XX9'")]
    [InlineData("severity: {RT007: huge}\n", 1, 19, "invalid value 'huge' for 'severity.RT007': expected one of low, medium, high, critical")]
    [InlineData("severity: {nope: low}\n", 1, 12, "unknown rule selector 'nope' in 'severity'")]
    [InlineData("fail-on: 3\n", 1, 10, "invalid value '3' for 'fail-on'")]
    [InlineData("fail-on: High\n", 1, 10, "invalid value 'High' for 'fail-on'")]
    [InlineData("per-path-ignores: {\"legacy/**\": [RT999]}\n", 1, 34, "unknown rule selector 'RT999'")]
    [InlineData("per-path-ignores: [legacy]\n", 1, 19, "'per-path-ignores' expects a mapping, got a list")]
    [InlineData("options:\n  trusted-registry: [ghcr.io]\n", 2, 3, "unknown key 'trusted-registry' (did you mean 'trusted-registries'?)")]
    [InlineData("options:\n  minimum-pod-security: strict\n", 2, 25, "invalid value 'strict' for 'minimum-pod-security': expected one of privileged, baseline, restricted")]
    [InlineData("suppressions: {inline: maybe}\n", 1, 24, "'inline' expects true or false, got 'maybe'")]
    [InlineData("suppressions: true\n", 1, 15, "expected a mapping of keys (inline, annotations), got a boolean (true)")]
    [InlineData("fix:\n  run-as-user: 0\n", 2, 16, "'run-as-user' expects a whole number from 1 to 2147483647, got a number (0)")]
    [InlineData("fix: {image-tags: {nginx: \"1.27 alpine\"}}\n", 1, 27, "'image-tags.nginx' expects an image tag")]
    [InlineData("fix: {image-tags: {\"Nginx:1\": \"1.27\"}}\n", 1, 20, "'image-tags' expects an image name without tag")]
    [InlineData("fix:\n  limits: {cpu: lots}\n", 2, 17, "'cpu' expects a resource quantity (500m, 512Mi), got 'lots'")]
    [InlineData("fix: {run-as-users: 1}\n", 1, 7, "unknown key 'run-as-users' (did you mean 'run-as-user'?)")]
    [InlineData("- select\n", 1, 1, "expected a mapping of keys")]
    [InlineData("select: [RT001\n", 2, 1, "")]
    [InlineData("select: [RT001]\n---\nignore: [RT002]\n", 2, 1, "a config file holds one YAML document")]
    public void Errors_name_line_and_column(string yaml, int line, int column, string message)
    {
        var result = Load(yaml);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{ConfigSchema.FileName}:{line}:{column}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_just_the_first()
    {
        var result = Load("selct: [RT001]\nfail-on: never\noptions: {secret-names: 5}\n");
        Assert.Equal([1, 2, 3], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void A_config_error_is_exit_code_2_with_the_position_on_stderr()
    {
        using var ws = new Workspace();
        var config = ws.Write("policy.yaml", "select: [RT001]\nseverity:\n  run-as-root: severe\n");
        var pod = ws.Write("pod.yaml", Manifests.PrivilegedPod);

        var result = Workspace.Cli("scan", pod, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}:3:16: invalid value 'severe' for 'severity.run-as-root'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Config_check_validates_without_scanning()
    {
        using var ws = new Workspace();
        var good = ws.Write("good.yaml", "fail-on: high\n");
        var bad = ws.Write("bad.yaml", "fail_on: high\n");

        Assert.Equal(0, Workspace.Cli("config", "check", "--config", good).ExitCode);
        var failed = Workspace.Cli("config", "check", "--config", bad);
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("bad.yaml:1:1: unknown key 'fail_on' (did you mean 'fail-on'?)", failed.Stderr, StringComparison.Ordinal);
    }

    private static ConfigLoadResult Load(string yaml) => ConfigLoader.Parse(ConfigSchema.FileName, yaml);
}
