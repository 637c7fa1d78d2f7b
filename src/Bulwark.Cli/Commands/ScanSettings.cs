using System.CommandLine;
using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>The effective settings of one scan: flags over defaults.</summary>
public sealed record ScanSettings(
    IReadOnlyList<ISessionRule> Rules,
    RuleOptions Options,
    Severity FailOn,
    string Format,
    string? OutputPath,
    bool Concise,
    bool Color)
{
    /// <summary>Reads the flags; prints what is wrong and returns null on a usage error.</summary>
    public static ScanSettings? From(ParseResult parse, TextWriter stderr)
    {
        var select = Split(parse.GetValue(CommonOptions.Select));
        var ignore = Split(parse.GetValue(CommonOptions.Ignore));
        var all = RuleCatalog.All.Select(r => r.Metadata).ToList();
        var unknown = select.Concat(ignore).Where(s => !RuleSelector.IsKnown(s, all)).ToList();
        if (unknown.Count > 0)
        {
            stderr.WriteLine($"error: unknown rule selector(s): {string.Join(", ", unknown)} (see 'bulwark rules')");
            return null;
        }

        SeverityNames.TryParse(parse.GetValue(CommonOptions.FailOn) ?? "low", out var failOn);
        var options = RuleOptions.Default with { DefaultNamespace = parse.GetValue(CommonOptions.Namespace) ?? "default" };
        var output = parse.GetValue(CommonOptions.Output);
        var color = output is null && !parse.GetValue(CommonOptions.NoColor)
            && Reporting.ReportOptions.UseColor(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
        return new ScanSettings(
            RuleSelector.Filter(RuleCatalog.All, select, ignore),
            options,
            failOn,
            parse.GetValue(CommonOptions.Format) ?? "text",
            output,
            parse.GetValue(CommonOptions.Concise),
            color);
    }

    private static List<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
