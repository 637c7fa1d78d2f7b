using System.CommandLine;
using Bulwark.Configuration;
using Bulwark.Suppressions;

namespace Bulwark.Cli.Commands;

/// <summary>Loads the config file and baseline a scan asks for, printing each problem; null means exit code 2.</summary>
internal static class PolicyLoader
{
    /// <summary>The config in effect: <c>--config FILE</c>, none with <c>--no-config</c>, else the nearest <c>.bulwark.yaml</c>.</summary>
    public static BulwarkConfig? LoadConfig(ParseResult parse, TextWriter stderr)
    {
        var explicitPath = parse.GetValue(PolicyOptions.Config);
        if (explicitPath is not null && parse.GetValue(PolicyOptions.NoConfig))
        {
            stderr.WriteLine("error: --config and --no-config exclude each other");
            return null;
        }

        var path = parse.GetValue(PolicyOptions.NoConfig) ? null : explicitPath ?? ConfigDiscovery.Find(Directory.GetCurrentDirectory());
        if (path is null)
        {
            return BulwarkConfig.None();
        }

        if (!File.Exists(path))
        {
            stderr.WriteLine($"error: config file {path} does not exist");
            return null;
        }

        return Report(ConfigLoader.Load(path), stderr);
    }

    public static BulwarkConfig? Report(ConfigLoadResult loaded, TextWriter stderr)
    {
        foreach (var error in loaded.Errors)
        {
            stderr.WriteLine("error: " + error);
        }

        return loaded.Config;
    }

    /// <summary>Reads <c>--baseline FILE</c>; false (after printing why) when it is missing or malformed.</summary>
    public static bool TryLoadBaseline(string? path, TextWriter stderr, out Baseline? baseline)
    {
        baseline = null;
        if (path is null)
        {
            return true;
        }

        try
        {
            baseline = BaselineJson.Read(path, File.ReadAllText(path));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"error: cannot read baseline {path}: {ex.Message}");
            return false;
        }
    }
}
