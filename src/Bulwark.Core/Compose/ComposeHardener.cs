using System.Text;
using Bulwark.Docker;
using Bulwark.DockerRun;

namespace Bulwark.Compose;

/// <summary>
/// Writes a compose override file that hardens every service of a project when merged with
/// <c>docker compose -f FILE -f OVERRIDE</c>. Compose appends sequences (<c>cap_drop</c>,
/// <c>tmpfs</c>, <c>security_opt</c>) and merges mappings, so the override adds only what is
/// missing; unsafe values that can only be removed use compose's <c>!override</c> and <c>!reset</c>
/// tags (Compose 2.24.4 or later). The original file is never touched.
/// </summary>
public static class ComposeHardener
{
    public static (string Yaml, IReadOnlyList<HardenChange> Changes) Render(string originalName, IEnumerable<DockerContainer> services, HardenDefaults defaults)
    {
        var yaml = new StringBuilder()
            .AppendLine($"# Hardening override written by bulwark compose-harden for {originalName}.")
            .AppendLine($"# Use it with: docker compose -f {originalName} -f <this file> up")
            .AppendLine("services:");
        var changes = new List<HardenChange>();
        foreach (var service in services)
        {
            var lines = ServiceOverride.For(service, defaults, changes);
            yaml.AppendLine("  " + YamlText.Key(service.Profile.Name) + ":" + (lines.Count == 0 ? " {}" : string.Empty));
            foreach (var line in lines.SelectMany(l => l.Split('\n')))
            {
                yaml.Append("    ").AppendLine(line);
            }
        }

        if (changes.Any(c => c.Text.Contains("!override", StringComparison.Ordinal) || c.Text.Contains("!reset", StringComparison.Ordinal)))
        {
            yaml.Insert(0, "# The !override and !reset tags need Docker Compose 2.24.4 or later.\n");
        }

        return (yaml.ToString(), changes);
    }
}

/// <summary>Plain YAML scalars where safe, double-quoted otherwise.</summary>
internal static class YamlText
{
    public static string Key(string text) => IsPlain(text) ? text : Quote(text);

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private static bool IsPlain(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !char.IsAsciiDigit(text[0]);
}
