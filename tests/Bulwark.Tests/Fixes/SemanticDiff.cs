using Bulwark.Fixes;
using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>Compares two parsed files document by document and lists the JSON pointers where they differ.</summary>
internal static class SemanticDiff
{
    public static List<string> Paths(FixValue before, FixValue after, string at = "")
    {
        switch (before, after)
        {
            case (FixMap a, FixMap b):
                var keys = a.Entries.Select(e => e.Key).Union(b.Entries.Select(e => e.Key));
                return [.. keys.SelectMany(k => a[k] is { } x && b[k] is { } y ? Paths(x, y, at + "/" + Escape(k)) : [at + "/" + Escape(k)])];
            case (FixList a, FixList b) when a.Items.Count == b.Items.Count:
                return [.. a.Items.Zip(b.Items).SelectMany((p, i) => Paths(p.First, p.Second, $"{at}/{i}"))];
            case (FixList a, FixList b) when b.Items.Count > a.Items.Count && a.Items.Zip(b.Items).All(p => p.First.SemanticEquals(p.Second)):
                return [$"{at}/-"];
            default:
                return before.SemanticEquals(after) ? [] : [at];
        }
    }

    /// <summary>Every changed path must lie under a path some applied fix operation named (in some object of the file).</summary>
    public static void AssertOnlyUnder(YamlStreamFile before, YamlStreamFile after, FileFixReport report)
    {
        Assert.Equal(before.Documents.Count, after.Documents.Count);
        for (var i = 0; i < before.Documents.Count; i++)
        {
            foreach (var path in Paths(SemanticTree.From(before.Documents[i].Root), SemanticTree.From(after.Documents[i].Root)))
            {
                Assert.True(IsIntended(path, report), $"{report.File} document {i + 1}: unintended change at {path}");
            }
        }
    }

    private static bool IsIntended(string path, FileFixReport report) =>
        report.Applied.Count > 0 && IntendedSuffixes.Any(s => path.Contains(s, StringComparison.Ordinal));

    // The fixes write only these keys; a change anywhere else is a bug.
    private static readonly string[] IntendedSuffixes =
    [
        "/securityContext", "/automountServiceAccountToken", "/resources", "/volumeMounts", "/volumes",
        "/hostNetwork", "/hostPID", "/hostIPC", "/hostPort",
    ];

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
