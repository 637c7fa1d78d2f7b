using System.CommandLine;
using Bulwark.Configuration;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>The rules a command runs and the files it reads: flags over the config file, shared by scan and fix.</summary>
internal static class RuleSelection
{
    /// <summary>
    /// The rules <c>--select</c>/<c>--ignore</c> or the config's <c>select</c>/<c>ignore</c> name (a flag
    /// replaces the file's value for its key, it does not add to it); null after printing unknown selectors.
    /// </summary>
    public static IReadOnlyList<ISessionRule>? Rules(ParseResult parse, BulwarkConfig config, TextWriter stderr)
    {
        var select = Split(parse.GetValue(CommonOptions.Select)) is { Count: > 0 } s ? s : config.Select;
        var ignore = Split(parse.GetValue(CommonOptions.Ignore)) is { Count: > 0 } i ? i : config.Ignore;
        var all = RuleCatalog.All.Select(r => r.Metadata).ToList();
        var unknown = select.Concat(ignore).Where(x => !RuleSelector.IsKnown(x, all)).ToList();
        if (unknown.Count > 0)
        {
            stderr.WriteLine($"error: unknown rule selector(s): {string.Join(", ", unknown)} (see 'bulwark rules')");
            return null;
        }

        return RuleSelector.Filter(RuleCatalog.All, select, ignore);
    }

    /// <summary>The files under <paramref name="path"/>; config excludes prune directory walks, a file named on the command line is always read.</summary>
    public static IEnumerable<string> Files(string path, BulwarkConfig config)
    {
        var isDirectory = Directory.Exists(path);
        return InputDiscovery.Expand(path).Where(f => !isDirectory || !config.IsExcluded(f));
    }

    private static List<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
