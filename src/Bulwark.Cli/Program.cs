using System.CommandLine;
using Bulwark.Cli.Commands;

namespace Bulwark.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Entry point for tests: runs the CLI in-process with the given writers.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Bulwark: finds, fixes and enforces container hardening gaps.")
        {
            ScanCommand.Create(),
            RulesCommand.Create(),
            ExplainCommand.Create(),
            ConfigCommand.Create(),
            PssCommand.Create(),
            FixCommand.Create(),
            DockerRunCommand.Create(),
            ComposeHardenCommand.Create(),
            AuditDockerCommand.Create(),
        };
        var parse = root.Parse(args, new ParserConfiguration());
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
