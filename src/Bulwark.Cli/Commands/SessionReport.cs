using System.CommandLine;
using Bulwark.Engine;

namespace Bulwark.Cli.Commands;

/// <summary>What <c>docker-run</c> and <c>audit docker</c> share with <c>scan</c>: its options, and rules → report → exit code over a loaded session.</summary>
internal static class SessionReport
{
    public static Command WithScanOptions(this Command command, Func<ParseResult, TextWriter, TextWriter, int> action)
    {
        foreach (var option in CommonOptions.Scan)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => action(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Evaluate(AnalysisSession session, ScanSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var result = new ScanEngine(settings.Rules, settings.Options).Evaluate(session);
        return ReportOutput.Write(result, settings, stdout, stderr) ? ScanCommand.ExitCode(result, settings.FailOn) : ExitCodes.Usage;
    }
}
