using System.CommandLine;

namespace Bulwark.Cli.Commands;

/// <summary>Options shared by the commands that scan and report.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Format = new Option<string>("--format", "-f")
    {
        Description = "Report format: text, json, sarif, junit or github.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "github");

    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write the report to FILE (atomically) instead of stdout.",
    };

    public static readonly Option<string?> FailOn = new Option<string?>("--fail-on")
    {
        Description = "Lowest severity that makes the exit code 1: low (default), medium, high or critical.",
    }.AcceptOnlyFromAmong("low", "medium", "high", "critical");

    public static readonly Option<string[]> Select = new("--select")
    {
        Description = "Only these rules: IDs, names, ID prefixes or practice keys (comma-separated or repeated).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> Ignore = new("--ignore")
    {
        Description = "Skip these rules: IDs, names, ID prefixes or practice keys.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string?> Namespace = new("--namespace", "-n")
    {
        Description = "Namespace for objects that declare none (default: default), as kubectl does.",
    };

    public static readonly Option<bool> Concise = new("--concise")
    {
        Description = "Text format: one line per finding, without code frames.",
    };

    public static readonly Option<bool> NoColor = new("--no-color")
    {
        Description = "Never colour text output (colour is used only on a terminal, and never when NO_COLOR is set).",
    };

    public static IReadOnlyList<Option> Scan { get; } = [Format, Output, FailOn, Select, Ignore, Namespace, Concise, NoColor];
}
