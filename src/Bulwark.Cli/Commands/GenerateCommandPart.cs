using Bulwark.Fixes;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>Placeholder for --generate-network-policies (filled in below).</summary>
internal static class GenerateCommandPart
{
    public static List<(string File, string Before, string After)> Run(FixRun run, RuleOptions options, string? output, string[] paths) => [];
}
