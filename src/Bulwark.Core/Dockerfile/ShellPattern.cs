using Bulwark.Common;

namespace Bulwark.Dockerfile;

/// <summary>The <c>*</c>/<c>?</c> wildcard matching of <c>${VAR#pattern}</c>, <c>${VAR%pattern}</c> and <c>${VAR/pattern/repl}</c>.</summary>
internal static class ShellPattern
{
    public static string TrimPrefix(string value, string pattern, bool longest)
    {
        for (var k = 0; k <= value.Length; k++)
        {
            var length = longest ? value.Length - k : k;
            if (Glob.Matches(pattern, value[..length]))
            {
                return value[length..];
            }
        }

        return value;
    }

    public static string TrimSuffix(string value, string pattern, bool longest)
    {
        for (var k = 0; k <= value.Length; k++)
        {
            var length = longest ? value.Length - k : k;
            if (Glob.Matches(pattern, value[(value.Length - length)..]))
            {
                return value[..(value.Length - length)];
            }
        }

        return value;
    }

    /// <summary>Replaces the leftmost longest match (or every match when <paramref name="all"/>).</summary>
    public static string Replace(string value, string pattern, string replacement, bool all)
    {
        if (pattern.Length == 0)
        {
            return value;
        }

        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i <= value.Length)
        {
            var end = LongestMatchAt(value, i, pattern);
            if (end > i)
            {
                result.Append(replacement);
                i = end;
                if (!all)
                {
                    return result.Append(value, i, value.Length - i).ToString();
                }

                continue;
            }

            if (i < value.Length)
            {
                result.Append(value[i]);
            }

            i++;
        }

        return result.ToString();
    }

    private static int LongestMatchAt(string value, int start, string pattern)
    {
        for (var end = value.Length; end > start; end--)
        {
            if (Glob.Matches(pattern, value[start..end]))
            {
                return end;
            }
        }

        return start;
    }
}
