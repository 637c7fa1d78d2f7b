using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>The comment-survival property shared by the YAML surfaces' tests.</summary>
internal static class CommentLines
{
    /// <summary>
    /// For 300 seeded random files: fixing keeps every comment line (except on edited lines), the
    /// result parses, and a second fix changes nothing.
    /// </summary>
    public static void AssertPropertyHolds(Func<int, string> write, string fileName, IReadOnlyList<string> editedKeys)
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var original = write(seed);
            var report = FixKit.Fix(original, name: fileName);
            Assert.True(report.InternalError is null, $"seed {seed}: {report.InternalError}");
            Assert.Empty(YamlLoader.Parse(report.Fixed).Errors);
            AssertKept(seed, original, report.Fixed, editedKeys);
            Assert.Equal(report.Fixed, FixKit.Fix(report.Fixed, name: fileName).Fixed);
        }
    }

    /// <summary>Every original line holding a comment is in the result, byte for byte and in order, unless it holds one of <paramref name="editedKeys"/>.</summary>
    public static void AssertKept(int seed, string original, string result, IReadOnlyList<string> editedKeys)
    {
        var lines = result.Split('\n');
        var at = 0;
        foreach (var line in original.Split('\n').Where(l => l.Contains('#', StringComparison.Ordinal)))
        {
            if (editedKeys.Any(k => line.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }

            var found = Array.IndexOf(lines, line, at);
            Assert.True(found >= 0, $"seed {seed}: comment line lost, changed or moved: '{line.TrimEnd('\r')}'\n--- original\n{original}\n--- fixed\n{result}");
            at = found + 1;
        }
    }
}
