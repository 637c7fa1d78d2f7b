using Bulwark.Engine;
using Bulwark.Fixes.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// One fix, applied alone, as text edits on its file's original text: what a report (SARIF
/// <c>fixes</c>) hands to a tool that applies fixes itself. <c>bulwark fix</c> does not use this; it
/// applies fixes in passes and checks each pass.
/// </summary>
public static class FixEdits
{
    public static IReadOnlyList<TextEdit> Of(FileFix fix, AnalysisSession session) => fix switch
    {
        TextFix text => text.Edits,
        YamlFix yaml when session.Files.GetValueOrDefault(yaml.File)?.Yaml is { Errors.Count: 0 } file => Difference(file.Text, new YamlFileFixer(file).Plan([yaml]).Text),
        _ => [],
    };

    /// <summary>The one replacement that turns <paramref name="before"/> into <paramref name="after"/>: everything between their common prefix and suffix.</summary>
    public static IReadOnlyList<TextEdit> Difference(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return [];
        }

        var prefix = before.AsSpan().CommonPrefixLength(after);
        var room = Math.Min(before.Length, after.Length) - prefix;
        var suffix = Math.Min(room, CommonSuffixLength(before, after));
        return [new TextEdit(prefix, before.Length - suffix, after[prefix..(after.Length - suffix)])];
    }

    private static int CommonSuffixLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }

        return n;
    }
}
