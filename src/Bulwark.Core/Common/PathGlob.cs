namespace Bulwark.Common;

/// <summary>
/// A path glob relative to a base directory (the config file's), with <c>/</c> separators:
/// <c>*</c> and <c>?</c> within one segment, <c>**</c> for any number of segments. A pattern without
/// <c>/</c> matches a file or directory name at any depth; a match on a directory covers everything
/// below it, so <c>vendor</c> and <c>vendor/**</c> both exclude the whole folder.
/// </summary>
public sealed class PathGlob
{
    private readonly string[] _segments;

    public PathGlob(string pattern, string baseDirectory)
    {
        Pattern = pattern;
        BaseDirectory = Path.GetFullPath(baseDirectory);
        var trimmed = pattern.Replace('\\', '/').Trim('/');
        trimmed = trimmed.StartsWith("./", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        _segments = trimmed.Contains('/', StringComparison.Ordinal) || pattern.StartsWith('/')
            ? trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries)
            : ["**", trimmed];
    }

    public string Pattern { get; }

    public string BaseDirectory { get; }

    /// <summary>True when <paramref name="path"/> (absolute or relative to the working directory) or a folder above it matches.</summary>
    public bool Matches(string path)
    {
        if (RelativeSegments(path) is not { } segments)
        {
            return false;
        }

        for (var length = segments.Length; length > 0; length--)
        {
            if (Match(0, segments, 0, length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path's segments below the base directory; null for stdin, pseudo paths and paths outside it.</summary>
    private string[]? RelativeSegments(string path)
    {
        if (path.StartsWith('<') || path.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path)).Replace('\\', '/');
        return relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative)
            ? null
            : relative.Split('/');
    }

    private bool Match(int pi, string[] path, int si, int length)
    {
        if (pi == _segments.Length)
        {
            return si == length;
        }

        if (_segments[pi] == "**")
        {
            for (var skip = si; skip <= length; skip++)
            {
                if (Match(pi + 1, path, skip, length))
                {
                    return true;
                }
            }

            return false;
        }

        return si < length && Glob.Matches(_segments[pi], path[si]) && Match(pi + 1, path, si + 1, length);
    }
}
