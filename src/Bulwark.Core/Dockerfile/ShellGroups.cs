namespace Bulwark.Dockerfile;

/// <summary>Finds where a <c>$(...)</c>, <c>$((...))</c>, <c>${...}</c>, <c>`...`</c> or <c>&lt;(...)</c> group ends, honouring nesting and quotes.</summary>
internal static class ShellGroups
{
    /// <summary>The index just after the group that starts at <paramref name="start"/> (the text's end when unbalanced).</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        if (text[start] == '`')
        {
            return Backtick(text, start + 1);
        }

        var open = text[start + 1];
        var close = open == '{' ? '}' : ')';
        var depth = 1;
        var i = start + 2;
        while (i < text.Length && depth > 0)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c is '\'' or '"' && open != '{')
            {
                i = SkipQuoted(text, i);
                continue;
            }

            depth += c == open ? 1 : c == close ? -1 : 0;
            i++;
        }

        return Math.Min(i, text.Length);
    }

    private static int Backtick(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] != '`')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }

    private static int SkipQuoted(ReadOnlySpan<char> text, int i)
    {
        var quote = text[i++];
        while (i < text.Length && text[i] != quote)
        {
            i += quote == '"' && text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }
}
