using System.CommandLine;
using Bulwark.Configuration;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark scan [PATH ...]</c>: audit files, directories and stdin.</summary>
public static class ScanCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or directories to scan (recursively); '-' reads stdin (e.g. helm template x | bulwark scan -). Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create()
    {
        var command = new Command("scan", "Audit Kubernetes manifests, Dockerfiles, compose files and shell scripts.");
        command.Arguments.Add(Paths);
        foreach (var option in CommonOptions.Scan.Concat(PolicyOptions.All))
        {
            command.Options.Add(option);
        }

        command.Options.Add(ExplainNetwork.Option);

        command.SetAction(parse => Execute(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var settings = ScanSettings.From(parse, stderr);
        if (settings is null)
        {
            return ExitCodes.Usage;
        }

        var inputs = Inputs(parse.GetValue(Paths) ?? [], settings.Config);
        var engine = new ScanEngine(settings.Rules, settings.Options, settings.Policy) { FixOptions = settings.Config.FixOptions };
        if (parse.GetValue(ExplainNetwork.Option) is { } explainNamespace)
        {
            return ExplainNetwork.Run(engine.Load(inputs), explainNamespace, stdout);
        }

        var result = engine.Scan(inputs);
        if (settings.WriteBaselinePath is { } baselinePath)
        {
            if (BaselineOutput.Write(result, baselinePath, stderr) is not { } baselined)
            {
                return ExitCodes.Usage;
            }

            result = baselined;
        }

        if (!ReportOutput.Write(result, settings, stdout, stderr))
        {
            return ExitCodes.Usage;
        }

        return ExitCode(result, settings.FailOn);
    }

    internal static int ExitCode(ScanResult result, Severity failOn) =>
        result.Errors.Count > 0 ? ExitCodes.Usage
        : result.Active.Any(f => f.Severity >= failOn) ? ExitCodes.Findings
        : ExitCodes.Clean;

    private static IEnumerable<ScanInput> Inputs(string[] paths, BulwarkConfig config)
    {
        if (paths.Length == 0)
        {
            paths = ["."];
        }

        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return ScanInput.Stdin(Console.In.ReadToEnd());
                continue;
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                // Reported by the engine as an unreadable input so the rest of the run goes on.
                yield return new ScanInput(path);
                continue;
            }

            foreach (var file in RuleSelection.Files(path, config))
            {
                yield return new ScanInput(file);
            }
        }
    }
}
