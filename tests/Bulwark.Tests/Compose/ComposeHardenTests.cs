using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Compose;

/// <summary>
/// <c>bulwark compose-harden</c> writes an override and leaves the original alone. Compose merges
/// the override like <c>extends</c> merges a base, so the effect is checked by scanning each service
/// extended by its override: the runtime practices it fixes must then pass.
/// </summary>
public sealed class ComposeHardenTests : IDisposable
{
    private const string Original = """
        services:
          web:
            image: nginx:1.25@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            privileged: true
            cap_add: [SYS_ADMIN, NET_BIND_SERVICE]
            security_opt: ["seccomp=unconfined"]
            logging: {driver: json-file}
          db:
            image: postgres:16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            user: "999"
            read_only: true
            tmpfs: /tmp
            mem_limit: 1g
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-harden-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_an_override_beside_the_file_and_leaves_the_original_untouched()
    {
        var file = Path.Combine(_dir, "compose.yaml");
        File.WriteAllText(file, Original);

        var result = CliRunner.InProcess("compose-harden", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Original, File.ReadAllText(file));
        var overridePath = Path.Combine(_dir, "compose.hardened.yaml");
        Assert.Contains("cap_add: !override [\"NET_BIND_SERVICE\"]", File.ReadAllText(overridePath), StringComparison.Ordinal);
        Assert.Contains("wrote " + overridePath, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Services_merged_with_the_override_pass_the_runtime_rules()
    {
        File.WriteAllText(Path.Combine(_dir, "compose.yaml"), Original);
        var overrideYaml = CliRunner.InProcess("compose-harden", Path.Combine(_dir, "compose.yaml"), "-o", "-").Stdout;

        // Each override service becomes a service that extends the original one: compose's merge rules.
        var merged = overrideYaml.Replace("  web:\n", "  web:\n    extends: {file: compose.yaml, service: web}\n", StringComparison.Ordinal)
            .Replace("  db:\n", "  db:\n    extends: {file: compose.yaml, service: db}\n", StringComparison.Ordinal);
        var mergedPath = Path.Combine(_dir, "merged.yaml");
        File.WriteAllText(mergedPath, merged);
        var scan = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput(mergedPath)]);

        Assert.Empty(scan.Errors);
        var left = scan.Findings.Select(f => f.Rule.Id).Distinct().Order().ToList();
        Assert.Equal(["DKR002"], left);
    }

    [Fact]
    public void A_file_that_is_not_compose_is_a_usage_error()
    {
        var file = Path.Combine(_dir, "pod.yaml");
        File.WriteAllText(file, "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: []}\n");
        Assert.Equal(2, CliRunner.InProcess("compose-harden", file).ExitCode);
    }
}
