using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Fixes;

/// <summary><c>bulwark fix</c> end to end: --diff writes nothing, a real run writes atomically and keeps the mode, a second run changes nothing.</summary>
public sealed class FixCommandTests
{
    private static string Fixture() => File.ReadAllText(TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "fix", "seed-insecure-pod.yaml"));

    [Fact]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        var file = TempFile(Fixture());
        var result = CliRunner.InProcess("fix", file, "--diff");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+++ b/", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+  automountServiceAccountToken: false", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Would fix", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Fixture(), File.ReadAllText(file));
    }

    [Fact]
    public void Fix_writes_the_file_keeps_its_mode_and_is_idempotent()
    {
        var file = TempFile(Fixture());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var first = CliRunner.InProcess("fix", file, "--unsafe-fixes");
        Assert.Contains("fixed RT007 Remove privileged: true (1)", first.Stdout, StringComparison.Ordinal);
        var fixedText = File.ReadAllText(file);
        Assert.NotEqual(Fixture(), fixedText);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
        }

        var second = CliRunner.InProcess("fix", file, "--unsafe-fixes");
        Assert.Contains("Fixed 0 findings in 0 files", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(fixedText, File.ReadAllText(file));
        var scan = CliRunner.InProcess("scan", file);
        Assert.DoesNotContain("RT00", scan.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_limits_the_fixes_and_bad_values_are_usage_errors()
    {
        var file = TempFile(Fixture());
        var result = CliRunner.InProcess("fix", file, "--select", "K8S001");
        Assert.Contains("fixed K8S001", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("RT006", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.InProcess("fix", file, "--limits", "gpu=1").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("fix", "-").ExitCode);
    }

    private static string TempFile(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("bulwark-fix").FullName, "pod.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
