using System.CommandLine;
using Bulwark.PodSecurity;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark pss</c>: judges pods and pod templates as Kubernetes' PodSecurity admission would,
/// against a given level/version or, without <c>--level</c>, against the labels of their namespace
/// found in the same scan. Exit 0: all allowed; 1: something would be denied; 2: bad input.
/// </summary>
public static class PssCommand
{
    public const int ExitAllowed = 0;
    public const int ExitDenied = 1;
    public const int ExitBadInput = 2;

    public static Command Create() => Create(Console.In);

    /// <summary>Creates the command reading <c>-</c> from <paramref name="stdin"/> (tests pass a StringReader).</summary>
    public static Command Create(TextReader stdin)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or directories (*.yaml, *.yml, *.json, recursively) to scan; - reads standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var level = new Option<string?>("--level") { Description = "Judge every object at this level: privileged, baseline or restricted" };
        var version = new Option<string?>("--version") { Description = "Policy version with --level: latest (default) or v1.N" };
        var format = new Option<string>("--format") { Description = "Output: text or json", DefaultValueFactory = _ => "text" };
        var ns = new Option<string>("--namespace") { Description = "Namespace of objects that name none", DefaultValueFactory = _ => "default" };
        var command = new Command("pss", "Check pods and pod templates against the Kubernetes Pod Security Standards")
        {
            paths, level, version, format, ns,
        };

        // Unknown options are reported by the action so they exit 2 like any other bad input.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse => Run(parse, new PssOptions(
            parse.GetValue(paths) ?? [], parse.GetValue(level), parse.GetValue(version), parse.GetValue(format)!, parse.GetValue(ns)!), stdin));
        return command;
    }

    private static int Run(ParseResult parse, PssOptions options, TextReader stdin)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (Validate(parse, options) is { } problem)
        {
            error.WriteLine($"bulwark pss: {problem}");
            return ExitBadInput;
        }

        var scan = PssScan.Run(options.Paths.Count > 0 ? options.Paths : ["."], stdin);
        var notes = new List<string>();
        var rows = options.Policy is { } policy
            ? PssEvaluation.AtLevel(scan, policy, options.Namespace)
            : PssEvaluation.ByNamespaceLabels(scan, options.Namespace, notes);
        scan.Errors.ForEach(e => error.WriteLine(e));
        notes.ForEach(n => error.WriteLine($"note: {n}"));
        if (options.Format == "json")
        {
            PssJsonReport.Write(output, rows, scan.Errors);
        }
        else
        {
            PssTextReport.Write(output, rows);
        }

        return scan.Errors.Count > 0 ? ExitBadInput : rows.Any(r => r.Denies) ? ExitDenied : ExitAllowed;
    }

    private static string? Validate(ParseResult parse, PssOptions options)
    {
        // Unknown options land among the paths (the PATH argument takes any number of tokens).
        var unknown = parse.UnmatchedTokens.Concat(options.Paths.Where(p => p.StartsWith('-') && p != "-")).ToList();
        if (unknown.Count > 0)
        {
            return $"unknown option(s): {string.Join(" ", unknown)}";
        }

        return options switch
        {
            { Format: not ("text" or "json") } => $"--format must be text or json, not \"{options.Format}\"",
            { Level: { } l } when !PodSecurityLevels.TryParse(l, out _) => $"--level must be privileged, baseline or restricted, not \"{l}\"",
            { Version: { } v } when !PolicyVersion.TryParse(v, out _) => $"--version must be latest or v1.N (e.g. v1.30), not \"{v}\"",
            { Level: null, Version: not null } => "--version needs --level (without --level, each namespace's labels decide)",
            _ => null,
        };
    }
}

/// <summary>The parsed command line of <c>bulwark pss</c>.</summary>
internal sealed record PssOptions(IReadOnlyList<string> Paths, string? Level, string? Version, string Format, string Namespace)
{
    /// <summary>The fixed policy of a <c>--level</c> run; null when namespace labels decide.</summary>
    public LevelVersion? Policy =>
        PodSecurityLevels.TryParse(Level, out var level) && PolicyVersion.TryParse(Version ?? "latest", out var version)
            ? new LevelVersion(level, version)
            : null;
}
