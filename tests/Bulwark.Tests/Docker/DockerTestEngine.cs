using System.Diagnostics;

namespace Bulwark.Tests.Docker;

/// <summary>
/// The private Docker engine started by <c>scripts/dockerd-test-env.sh</c>. Its socket comes from
/// BULWARK_TEST_DOCKER_HOST; without it the real-engine tests fail with instructions, unless
/// BULWARK_SKIP_DOCKER=1 opts out (then <see cref="DockerFactAttribute"/> skips them visibly).
/// </summary>
internal static class DockerTestEngine
{
    public const string HostVariable = "BULWARK_TEST_DOCKER_HOST";

    public static string Host => Environment.GetEnvironmentVariable(HostVariable) is { Length: > 0 } host
        ? host
        : throw new InvalidOperationException(
            $"{HostVariable} is not set, so there is no Docker engine to test against. Run the tests through "
            + "'scripts/dockerd-test-env.sh run -- dotnet test ...' (or 'source scripts/dockerd-test-env.sh' first), "
            + "or set BULWARK_SKIP_DOCKER=1 to skip the real-engine tests.");

    public static string Image => Environment.GetEnvironmentVariable("BULWARK_TEST_IMAGE") is { Length: > 0 } image ? image : "bulwark-busybox:test";

    public static (int ExitCode, string Stdout, string Stderr) Docker(params string[] args) => Run("docker", args);

    /// <summary>Runs a whole command line (as <c>docker-run --harden</c> prints it) through <c>sh -c</c>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Shell(string commandLine) => Run("sh", ["-c", commandLine]);

    public static void Remove(params string[] names) => Docker(["rm", "-f", .. names]);

    private static (int, string, string) Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOCKER_HOST"] = Host;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A test that needs the real engine: skipped (and shown as skipped) only when BULWARK_SKIP_DOCKER=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BULWARK_SKIP_DOCKER") == "1")
        {
            Skip = "BULWARK_SKIP_DOCKER=1: real Docker engine tests skipped";
        }
    }
}

/// <summary>Real-engine tests share one engine; running them one at a time keeps container names and audits apart.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DockerEngineCollection
{
    public const string Name = "docker-engine";
}
