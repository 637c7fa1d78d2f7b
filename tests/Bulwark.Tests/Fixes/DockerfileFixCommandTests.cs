using System.Text.Json;
using Bulwark.Tests.Cli;
using Bulwark.Tests.Policy;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// <c>bulwark fix</c> on Dockerfiles through the real entry point: --diff writes nothing, a run writes and
/// is idempotent, scan marks what fix can do, and fix reads <c>.bulwark.yaml</c> as scan does (flags win).
/// </summary>
public sealed class DockerfileFixCommandTests
{
    private const string Dockerfile = "FROM alpine:latest\n# the app\nADD app /app\nRUN apk add curl\nCMD [\"/app\"]\n";

    [Fact]
    public void Diff_shows_the_safe_fixes_and_writes_nothing()
    {
        using var ws = new Workspace();
        var file = ws.Write("Dockerfile", Dockerfile);

        var result = CliRunner.InProcess("fix", ws.Root, "--diff", "--no-config");

        Assert.Equal(1, result.ExitCode);
        Assert.All(["-ADD app /app\n", "+COPY app /app\n", "-RUN apk add curl\n", "+RUN apk add --no-cache curl\n", " # the app\n"], line => Assert.Contains(line, result.Stdout, StringComparison.Ordinal));
        Assert.DoesNotContain("USER", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Would fix 2 findings in 1 file.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Dockerfile, File.ReadAllText(file));
    }

    [Fact]
    public void Scan_marks_the_fixes_then_fix_writes_them_and_a_second_run_and_scan_find_nothing_fixable()
    {
        using var ws = new Workspace();
        var file = ws.Write("Dockerfile", Dockerfile);
        var scan = CliRunner.InProcess("scan", file, "--no-config");
        Assert.Contains("[add-instead-of-copy] low: ADD app copies local files: use COPY, which does not also fetch URLs or unpack archives [fix]", scan.Stdout, StringComparison.Ordinal);
        Assert.Contains("[final-stage-runs-as-root] medium: final stage (0) sets no USER", scan.Stdout, StringComparison.Ordinal);
        Assert.Contains("[unsafe fix]", scan.Stdout, StringComparison.Ordinal);

        var first = CliRunner.InProcess("fix", ws.Root, "--unsafe-fixes", "--no-config");
        Assert.Contains("fixed DF004 Add USER 10001:10001 to the final stage (adduser, Alpine/BusyBox) (1)", first.Stdout, StringComparison.Ordinal);
        var expected = "FROM alpine:latest\n# the app\nCOPY app /app\nRUN apk add --no-cache curl\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\nCMD [\"/app\"]\n";
        Assert.Equal(expected, File.ReadAllText(file));

        var second = CliRunner.InProcess("fix", ws.Root, "--unsafe-fixes", "--no-config");
        Assert.Contains("Fixed 0 findings in 0 files", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(file));

        var json = CliRunner.InProcess("scan", file, "--no-config", "--format", "json");
        using var report = JsonDocument.Parse(json.Stdout);
        var fixable = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("fix").ValueKind == JsonValueKind.Object && f.GetProperty("fix").GetProperty("applicability").GetString() != "display")
            .Select(f => f.GetProperty("ruleId").GetString());
        Assert.Empty(fixable);
    }

    [Fact]
    public void Fix_reads_the_config_file_and_flags_override_it()
    {
        using var ws = new Workspace();
        var config = ws.Write(".bulwark.yaml", "ignore: [DF016]\nper-path-ignores: {\"legacy/**\": [DF019]}\nfix:\n  run-as-user: 2000\n  image-tags: {alpine: \"3.20\"}\n");
        var file = ws.Write("Dockerfile", Dockerfile);
        var legacy = ws.Write(Path.Combine("legacy", "Dockerfile"), "FROM alpine:3.19\nADD app /app\nUSER 1000\n");

        var scan = CliRunner.InProcess("scan", file, "--config", config, "--format", "json");
        using (var report = JsonDocument.Parse(scan.Stdout))
        {
            var pin = report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "IMG001").GetProperty("fix");
            Assert.Equal(("safe", "Pin alpine to :3.20 (fix.image-tags)"), (pin.GetProperty("applicability").GetString(), pin.GetProperty("title").GetString()));
        }

        var result = CliRunner.InProcess("fix", ws.Root, "--unsafe-fixes", "--config", config);
        Assert.Equal("FROM alpine:3.20\n# the app\nCOPY app /app\nRUN apk add curl\nRUN addgroup -S -g 2000 app && adduser -S -u 2000 -G app app\nUSER 2000:2000\nCMD [\"/app\"]\n", File.ReadAllText(file));
        Assert.Equal("FROM alpine:3.19\nADD app /app\nUSER 1000\n", File.ReadAllText(legacy));
        Assert.DoesNotContain("DF016", result.Stdout, StringComparison.Ordinal);

        var flags = ws.Write(Path.Combine("flags", "Dockerfile"), Dockerfile);
        CliRunner.InProcess("fix", flags, "--unsafe-fixes", "--config", config, "--run-as-user", "3000", "--ignore", "IMG001");
        Assert.Equal("FROM alpine:latest\n# the app\nCOPY app /app\nRUN apk add --no-cache curl\nRUN addgroup -S -g 3000 app && adduser -S -u 3000 -G app app\nUSER 3000:3000\nCMD [\"/app\"]\n", File.ReadAllText(flags));
    }

    [Fact]
    public void Fix_finds_the_config_in_the_working_directory()
    {
        using var ws = new Workspace();
        ws.Write(".bulwark.yaml", "select: [IMG001]\nfix: {image-tags: {alpine: \"3.20\"}}\n");
        ws.Write(Path.Combine("app", "Dockerfile"), Dockerfile);

        var result = CliRunner.RunIn(ws.Root, null, "fix", "--diff", "app");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-FROM alpine:latest\n+FROM alpine:3.20\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("COPY", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_config_stops_fix_with_its_position_and_exit_code_2()
    {
        using var ws = new Workspace();
        var config = ws.Write(".bulwark.yaml", "fix:\n  run-as-user: root\n");
        var file = ws.Write("Dockerfile", Dockerfile);

        var result = CliRunner.InProcess("fix", file, "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {config}:2:16: 'run-as-user' expects a whole number from 1 to 2147483647, got 'root'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Dockerfile, File.ReadAllText(file));
    }
}
