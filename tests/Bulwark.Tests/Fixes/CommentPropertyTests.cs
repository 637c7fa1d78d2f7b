using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// Property: for many random pods with random comments, fixing keeps every comment line byte for
/// byte and in order, except the lines a fix itself edited; the result parses and a second fix changes nothing.
/// </summary>
public sealed class CommentPropertyTests
{
    // Lines the fixes replace or remove; a comment on one of them goes (or stays) with its edited line.
    private static readonly string[] EditedKeys =
    [
        "privileged:", "allowPrivilegeEscalation:", "readOnlyRootFilesystem:", "hostNetwork:", "hostPort:",
        "runAsUser:", "type: Unconfined", "add:", "capabilities:", "automountServiceAccountToken:",
    ];

    [Fact]
    public void Comments_outside_edited_lines_survive_byte_for_byte()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var original = new RandomPodWriter(seed).Write();
            var report = FixKit.Fix(original);
            Assert.True(report.InternalError is null, $"seed {seed}: {report.InternalError}");
            Assert.Empty(YamlLoader.Parse(report.Fixed).Errors);
            AssertCommentLinesKept(seed, original, report.Fixed);
            Assert.Equal(report.Fixed, FixKit.Fixed(report.Fixed));
        }
    }

    private static void AssertCommentLinesKept(int seed, string original, string result)
    {
        var lines = result.Split('\n');
        var at = 0;
        foreach (var line in original.Split('\n').Where(l => l.Contains('#', StringComparison.Ordinal)))
        {
            if (EditedKeys.Any(k => line.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }

            var found = Array.IndexOf(lines, line, at);
            Assert.True(found >= 0, $"seed {seed}: comment line lost, changed or moved: '{line.TrimEnd('\r')}'\n--- original\n{original}\n--- fixed\n{result}");
            at = found + 1;
        }
    }
}
