using System.CommandLine;
using System.Text;
using Bulwark.Cli.Commands;

namespace Bulwark.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Console.Out flushes on every write. A UTF-8 console (the default) gets one buffered writer,
        // flushed at exit, through which reports can also write their UTF-8 bytes directly.
        if (Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            return Run(args, Console.Out, Console.Error);
        }

        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
        return Run(args, stdout, Console.Error);
    }

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
