namespace Bulwark.Dockerfile;

/// <summary>The ways BuildKit cuts an instruction's argument text into words, as index ranges.</summary>
internal static class WordSplitter
{
    /// <summary>Splits on runs of space, tab, CR, VT and FF (FROM, COPY, ADD, EXPOSE, VOLUME).</summary>
    public static List<(int Start, int End)> OnWhitespace(ReadOnlySpan<char> text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsBlank(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsBlank(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    /// <summary>
    /// ENV/ARG/LABEL word splitting: whitespace separates words except inside quotes or after the
    /// escape character. Quotes and escapes stay in the word; they are removed at expansion time.
    /// </summary>
    public static List<(int Start, int End)> Quoted(ReadOnlySpan<char> text, char escape)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            i = EndOfQuotedWord(text, i, escape);
            words.Add((start, i));
        }

        return words;
    }

    private static int EndOfQuotedWord(ReadOnlySpan<char> text, int i, char escape)
    {
        var quote = '\0';
        while (i < text.Length)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == escape && quote != '\'')
            {
                i += 2;
                continue;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }

            i++;
        }

        return Math.Min(i, text.Length);
    }

    /// <summary>Go's <c>[\t\v\f\r ]</c>: what FROM/COPY word splitting and the keyword split treat as blank.</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';
}
