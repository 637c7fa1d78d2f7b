using System.CommandLine;
using Bulwark.DockerRun;
using Bulwark.Engine;
using Bulwark.Profiles;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark docker-run [--harden] -- docker run ARGS...</c>: audits (or hardens) one command line.</summary>
public static class DockerRunCommand
{
    private const string CommandFile = "<command>";

    private static readonly Argument<string[]> Words = new("command")
    {
        Description = "The command, after '--' (docker run ARGS...), or the whole line as one quoted string.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> Harden = new("--harden")
    {
        Description = "Print the hardened command on stdout and explain each change on stderr.",
    };

    public static Command Create()
    {
        var command = new Command("docker-run", "Audit one docker run / docker create command line, or print it hardened.");
        command.Arguments.Add(Words);
        command.Options.Add(Harden);
        return command.WithScanOptions(Execute);
    }

    private static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var settings = ScanSettings.From(parse, stderr);
        if (settings is null)
        {
            return ExitCodes.Usage;
        }

        var text = CommandLineText(parse.GetValue(Words) ?? []);
        var commands = DockerCommandFinder.Find(text);
        if (commands.Count != 1)
        {
            stderr.WriteLine($"error: expected one docker run or docker create command, found {commands.Count}");
            return ExitCodes.Usage;
        }

        var file = new SourceFile(CommandFile, text);
        var session = new AnalysisSession(settings.Options);
        session.AddFile(file);
        ShellScriptHandler.LoadCommands(file, session, commands);
        if (parse.GetValue(Harden))
        {
            return PrintHardened(text, commands[0], session, settings, stdout, stderr);
        }

        return SessionReport.Evaluate(session, settings, stdout, stderr);
    }

    private static int PrintHardened(string text, ParsedDockerRun run, AnalysisSession session, ScanSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (session.Errors.Count > 0)
        {
            session.Errors.ForEach(e => stderr.WriteLine("error: " + e));
            return ExitCodes.Usage;
        }

        var allowed = settings.Options.AllowedCapabilities.Select(Capabilities.Normalize).ToHashSet(StringComparer.Ordinal);
        var (hardened, changes) = DockerRunHardener.Harden(text, run, allowed, new HardenDefaults());
        stdout.WriteLine(hardened);
        foreach (var change in changes)
        {
            stderr.WriteLine(change);
        }

        return ExitCodes.Clean;
    }

    /// <summary>One argument is the line as the user typed it; several are re-quoted. A missing <c>docker run</c> prefix is added.</summary>
    internal static string CommandLineText(string[] words)
    {
        var text = words.Length == 1 ? words[0].Trim() : string.Join(' ', words.Select(ShellQuote.Quote));
        var first = text.Split(' ', 2)[0];
        return first switch
        {
            "docker" or "sudo" => text,
            _ when first.EndsWith("/docker", StringComparison.Ordinal) => text,
            "run" or "create" or "container" => "docker " + text,
            _ => "docker run " + text,
        };
    }
}
