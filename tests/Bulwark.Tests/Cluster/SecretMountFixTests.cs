using Bulwark.Tests.Cli;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class SecretMountFixTests
{
    [Fact]
    public void Fix_sets_readOnly_on_each_secret_mount_and_nothing_else()
    {
        var fixture = TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "cluster", "K8S011", "fail-writable-mounts.yaml");
        var result = CliRunner.InProcess("fix", fixture, "--diff", "--select", "K8S011");
        var diff = result.Stdout.ReplaceLineEndings("\n");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("           mountPath: /secrets\n+          readOnly: true\n", diff, StringComparison.Ordinal);
        Assert.Contains("-          readOnly: false # expect\n+          readOnly: true # expect\n", diff, StringComparison.Ordinal);
        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)));
    }
}
