using Bulwark.DockerEngine;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Docker;

/// <summary>An engine that cannot be reached is a clear error and exit code 2; needs no engine.</summary>
public sealed class AuditDockerUnreachableTests
{
    [Fact]
    public void Missing_socket_is_exit_code_2_with_the_host_named()
    {
        var result = CliRunner.InProcess("audit", "docker", "--host", "unix:///nonexistent/bulwark/docker.sock");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot reach the Docker engine at unix:///nonexistent/bulwark/docker.sock", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Unsupported_host_scheme_is_exit_code_2()
    {
        var result = CliRunner.InProcess("audit", "docker", "--host", "ssh://me@box");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unsupported Docker host", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "unix:///var/run/docker.sock")]
    [InlineData(null, "unix:///env.sock", "unix:///env.sock")]
    [InlineData("unix:///flag.sock", "unix:///env.sock", "unix:///flag.sock")]
    public void Host_comes_from_the_flag_then_DOCKER_HOST_then_the_default(string? flag, string? env, string expected) =>
        Assert.Equal(expected, DockerHost.Choose(flag, env));
}
