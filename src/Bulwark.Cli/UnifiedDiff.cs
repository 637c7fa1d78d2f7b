using DiffPlex.Renderer;

namespace Bulwark.Cli;

/// <summary>A unified diff of one file (3 lines of context), as <c>git diff</c> and <c>patch</c> read it.</summary>
public static class UnifiedDiff
{
    public static string Of(string path, string before, string after)
    {
        var name = path.Replace('\\', '/').TrimStart('/');
        if (before.EndsWith('\n') && after.EndsWith('\n'))
        {
            // The line splitter sees an empty last line after a final newline; both texts have it, so drop it.
            (before, after) = (before[..^1], after[..^1]);
        }

        var diff = UnidiffRenderer.GenerateUnidiff(before, after, "a/" + name, "b/" + name, ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}
