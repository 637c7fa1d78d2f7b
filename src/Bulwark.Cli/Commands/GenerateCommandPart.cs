using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Fixes.Generation;
using Bulwark.Fixes.Yaml;
using Bulwark.Rules;
using Bulwark.Yaml;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>--generate-network-policies</c>: after the fix loop, labels Namespace objects for Pod Security
/// and writes (or extends) the default-deny NetworkPolicy file. Returns the texts to write.
/// </summary>
internal static class GenerateCommandPart
{
    public static Dictionary<string, (string Before, string After)> Run(FixRun run, RuleOptions options, string? output, string[] paths)
    {
        var target = output ?? DefaultTarget(paths);
        var existing = File.Exists(target) ? File.ReadAllText(target) : null;
        var inputs = run.Files.Select(f => new ScanInput(f.File, f.Fixed)).ToList();
        if (existing is not null && !inputs.Any(i => SamePath(i.Path, target)))
        {
            inputs.Add(new ScanInput(target, existing));
        }

        var session = new ScanEngine([], options).Load(inputs);
        var changes = Labels(session);
        var missing = NetworkPolicies.NamespacesLackingDefaultDeny(session);
        if (missing.Count > 0)
        {
            var before = changes.TryGetValue(target, out var c) ? c.After : existing ?? string.Empty;
            var separator = before.Length == 0 ? string.Empty : before.EndsWith('\n') ? "---\n" : "\n---\n";
            changes[target] = (existing ?? string.Empty, before + separator + NetworkPolicies.Render(missing));
        }

        return changes;
    }

    private static Dictionary<string, (string Before, string After)> Labels(AnalysisSession session)
    {
        var changes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var group in PodSecurityLabels.For(session).GroupBy(f => f.File, StringComparer.Ordinal))
        {
            var yaml = session.Files[group.Key].Yaml!;
            var fixer = new YamlFileFixer(yaml);
            var pass = fixer.Plan(group);
            if (pass.Applied.Count > 0 && fixer.Verify(YamlLoader.Parse(pass.Text), pass.Applied) is null)
            {
                changes[group.Key] = (yaml.Text, pass.Text);
            }
        }

        return changes;
    }

    private static string DefaultTarget(string[] paths)
    {
        var first = paths.FirstOrDefault() ?? ".";
        var directory = Directory.Exists(first) ? first : Path.GetDirectoryName(Path.GetFullPath(first)) ?? ".";
        return Path.Combine(directory, NetworkPolicies.FileName);
    }

    private static bool SamePath(string a, string b) => Path.GetFullPath(a) == Path.GetFullPath(b);
}
