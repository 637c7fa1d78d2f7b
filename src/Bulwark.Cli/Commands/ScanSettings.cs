using System.CommandLine;
using Bulwark.Configuration;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>The effective settings of one scan: flags over the config file over defaults.</summary>
public sealed record ScanSettings(
    IReadOnlyList<ISessionRule> Rules,
    RuleOptions Options,
    Severity FailOn,
    string Format,
    string? OutputPath,
    bool Concise,
    bool Color)
{
    /// <summary>The config file in effect (or every default); its <c>exclude</c> globs filter directory walks.</summary>
    public BulwarkConfig Config { get; init; } = BulwarkConfig.None();

    public ScanPolicy Policy { get; init; } = ScanPolicy.Default;

    public string? WriteBaselinePath { get; init; }

    public bool ShowSuppressed { get; init; }

    /// <summary>Reads the flags and the config file; prints what is wrong and returns null on a usage or config error.</summary>
    public static ScanSettings? From(ParseResult parse, TextWriter stderr)
    {
        if (PolicyLoader.LoadConfig(parse, stderr) is not { } config
            || !PolicyLoader.TryLoadBaseline(parse.GetValue(PolicyOptions.Baseline), stderr, out var baseline))
        {
            return null;
        }

        if (RuleSelection.Rules(parse, config, stderr) is not { } rules)
        {
            return null;
        }

        var failOn = SeverityNames.TryParse(parse.GetValue(CommonOptions.FailOn), out var flag) ? flag : config.FailOn ?? Severity.Low;
        var output = parse.GetValue(CommonOptions.Output);
        return new ScanSettings(
            rules,
            config.Options with { DefaultNamespace = parse.GetValue(CommonOptions.Namespace) ?? "default" },
            failOn,
            parse.GetValue(CommonOptions.Format) ?? "text",
            output,
            parse.GetValue(CommonOptions.Concise),
            UseColor(parse, output))
        {
            Config = config,
            Policy = config.ToPolicy(baseline),
            WriteBaselinePath = parse.GetValue(PolicyOptions.WriteBaseline),
            ShowSuppressed = parse.GetValue(PolicyOptions.ShowSuppressed),
        };
    }

    private static bool UseColor(ParseResult parse, string? output) =>
        output is null && !parse.GetValue(CommonOptions.NoColor)
        && Reporting.ReportOptions.UseColor(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
}
