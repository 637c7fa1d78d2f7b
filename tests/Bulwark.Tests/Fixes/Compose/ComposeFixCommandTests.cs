using System.Text.Json;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Fixes.Compose;

/// <summary><c>bulwark fix</c> on a compose file end to end, through <c>Program.Run</c>: diff, write, idempotence, and what scan marks.</summary>
public sealed class ComposeFixCommandTests : IDisposable
{
    private const string Original = """
        services:
          # the web front end
          web:
            image: nginx:1.25
            privileged: true  # legacy, see ticket 12
            ports:
              - "8080:80"

        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-fix-compose-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Diff_prints_the_safe_edits_and_writes_nothing()
    {
        var file = Write();
        var result = CliRunner.InProcess("fix", file, "--diff");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+++ b/", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+    cap_drop:\n+      - ALL\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+    logging:\n+      driver: json-file\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("-    privileged: true", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Would fix", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Original, File.ReadAllText(file));
    }

    [Fact]
    public void Unsafe_fix_writes_the_file_a_second_run_changes_nothing_and_scan_offers_no_fix()
    {
        var file = Write();
        var diff = CliRunner.InProcess("fix", file, "--diff", "--unsafe-fixes");
        Assert.Contains("-    privileged: true  # legacy, see ticket 12\n", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("+    user: \"1000:1000\"\n", diff.Stdout, StringComparison.Ordinal);

        var first = CliRunner.InProcess("fix", file, "--unsafe-fixes");
        Assert.Contains("fixed RT007 Remove privileged: true (1)", first.Stdout, StringComparison.Ordinal);
        var fixedText = File.ReadAllText(file);
        Assert.StartsWith("services:\n  # the web front end\n  web:\n    image: nginx:1.25\n    ports:\n", fixedText, StringComparison.Ordinal);

        var second = CliRunner.InProcess("fix", file, "--unsafe-fixes");
        Assert.Contains("Fixed 0 findings in 0 files", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(fixedText, File.ReadAllText(file));
        var scan = CliRunner.InProcess("scan", file);
        Assert.DoesNotContain("fix]", scan.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_marks_compose_findings_fix_can_make_in_text_and_json()
    {
        var file = Write();
        var text = CliRunner.InProcess("scan", file).Stdout;
        Assert.Contains("[fix]", text, StringComparison.Ordinal);
        Assert.Contains("[unsafe fix]", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(CliRunner.InProcess("scan", file, "--format", "json").Stdout);
        var fixes = json.RootElement.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("ruleId").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("fix"));
        Assert.Equal("unsafe", fixes["RT007"].GetProperty("applicability").GetString());
        Assert.Equal("safe", fixes["DKR001"].GetProperty("applicability").GetString());
        Assert.Equal(JsonValueKind.Null, fixes["DKR003"].ValueKind);
    }

    private string Write()
    {
        var path = Path.Combine(_dir, "compose.yaml");
        File.WriteAllText(path, Original);
        return path;
    }
}
