namespace Bulwark.Common;

/// <summary>Minimal glob: <c>*</c> any run of characters, <c>?</c> one character; used for names, not paths.</summary>
public static class Glob
{
    public static bool Matches(string pattern, string text) => Match(pattern, 0, text, 0);

    private static bool Match(string p, int pi, string t, int ti)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                for (var k = ti; k <= t.Length; k++)
                {
                    if (Match(p, pi + 1, t, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (ti >= t.Length || (p[pi] != '?' && p[pi] != t[ti]))
            {
                return false;
            }

            pi++;
            ti++;
        }

        return ti == t.Length;
    }
}
