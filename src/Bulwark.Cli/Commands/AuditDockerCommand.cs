using System.CommandLine;
using Bulwark.DockerEngine;
using Bulwark.Engine;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark audit docker [--host unix:///path]</c>: judges every running container of a Docker
/// engine with the same rules as files. An unreachable engine is exit code 2.
/// </summary>
public static class AuditDockerCommand
{
    private static readonly Option<string?> Host = new("--host", "-H")
    {
        Description = "Docker engine to audit: unix:///path/docker.sock or tcp://host:port (default: $DOCKER_HOST, else unix:///var/run/docker.sock).",
    };

    /// <summary>The <c>audit</c> command with its <c>docker</c> subcommand (other audit targets join it as subcommands).</summary>
    public static Command Create()
    {
        var audit = new Command("audit", "Audit running systems.");
        audit.Subcommands.Add(CreateDocker());
        return audit;
    }

    public static Command CreateDocker()
    {
        var command = new Command("docker", "Audit every running container of a Docker engine (HostConfig and Config, with the daemon's defaults merged in).");
        command.Options.Add(Host);
        return command.WithScanOptions(Execute);
    }

    private static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var settings = ScanSettings.From(parse, stderr);
        if (settings is null)
        {
            return ExitCodes.Usage;
        }

        var host = DockerHost.Choose(parse.GetValue(Host), Environment.GetEnvironmentVariable("DOCKER_HOST"));
        AnalysisSession session;
        try
        {
            using var client = new DockerApiClient(DockerHost.Parse(host), TimeSpan.FromSeconds(30));
            session = DockerEngineAudit.LoadAsync(client, settings.Options, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (DockerEngineException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }

        return SessionReport.Evaluate(session, settings, stdout, stderr);
    }
}
