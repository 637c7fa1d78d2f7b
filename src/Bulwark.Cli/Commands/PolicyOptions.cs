using System.CommandLine;

namespace Bulwark.Cli.Commands;

/// <summary>The scan options about policy: which config file, the baseline, and showing suppressed findings.</summary>
public static class PolicyOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Read the configuration from FILE instead of the .bulwark.yaml found in the working directory or its nearest parent.",
    };

    public static readonly Option<bool> NoConfig = new("--no-config")
    {
        Description = "Ignore any .bulwark.yaml: every default, flags only.",
    };

    public static readonly Option<string?> Baseline = new("--baseline")
    {
        Description = "Report only findings that are not recorded in the baseline FILE (written by --write-baseline).",
    };

    public static readonly Option<string?> WriteBaseline = new("--write-baseline")
    {
        Description = "Record today's active findings in FILE (atomically); they are then reported as suppressed.",
    };

    public static readonly Option<bool> ShowSuppressed = new("--show-suppressed")
    {
        Description = "List suppressed findings too (they are always counted in the summary).",
    };

    public static IReadOnlyList<Option> All { get; } = [Config, NoConfig, Baseline, WriteBaseline, ShowSuppressed];
}
