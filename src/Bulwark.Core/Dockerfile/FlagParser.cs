using System.Text;

namespace Bulwark.Dockerfile;

/// <summary>
/// Reads the leading <c>--name[=value]</c> words of an instruction's arguments as BuildKit does:
/// quotes and backslash escapes are removed from a flag word; a bare <c>--</c> ends the flags.
/// </summary>
internal static class FlagParser
{
    /// <summary>The flags each instruction accepts; any other flag is an error, as in BuildKit.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["FROM"] = ["platform"],
        ["RUN"] = ["mount", "network", "security", "device"],
        ["COPY"] = ["from", "chown", "chmod", "link", "parents", "exclude"],
        ["ADD"] = ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
        ["HEALTHCHECK"] = ["interval", "timeout", "start-period", "start-interval", "retries"],
    };

    public static bool IsAllowed(string keyword, string flag) =>
        Allowed.TryGetValue(keyword, out var names) && names.Contains(flag);

    /// <summary>Reads the flags from index <paramref name="from"/> of the line; returns them and the index where the arguments start.</summary>
    public static (InstructionFlag[] Flags, int ArgsStart) Read(SourceText line, int from)
    {
        // Most instructions have no flag: the empty array is shared, the list made only for the first flag.
        List<InstructionFlag>? flags = null;
        var text = line.Chars;
        var i = from;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i + 1 >= text.Length || text[i] != '-' || text[i + 1] != '-')
            {
                return (flags is null ? [] : [.. flags], i);
            }

            var start = i;
            var body = ReadWord(text, ref i)[2..];
            if (body.IsEmpty)
            {
                // A bare "--" ends the flags.
                return (flags is null ? [] : [.. flags], i);
            }

            (flags ??= []).Add(ToFlag(line, start, i, body));
        }
    }

    private static InstructionFlag ToFlag(SourceText line, int start, int end, ReadOnlySpan<char> body)
    {
        var eq = body.IndexOf('=');
        var eqInWord = line.Chars[start..end].IndexOf('=');
        var rawEq = eqInWord < 0 ? -1 : start + eqInWord;
        var name = eq < 0 ? body.ToString() : body[..eq].ToString();
        var value = eq < 0 ? null : body[(eq + 1)..].ToString();
        var valueSpan = rawEq < 0 ? (Diagnostics.SourceSpan?)null : line.SpanOf(rawEq + 1, end);
        return new InstructionFlag(name, value, line.SpanOf(start, end), valueSpan)
        {
            ValueSource = rawEq < 0 ? null : line.Slice(rawEq + 1, end),
        };
    }

    /// <summary>The flag word from <paramref name="i"/>, quotes and escapes removed; a plain word (the usual one) is not copied.</summary>
    private static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var word = text[i..end];
        if (word.IndexOfAny('\'', '"', '\\') < 0)
        {
            i = end;
            return word;
        }

        return Unquote(text, ref i);
    }

    private static string Unquote(ReadOnlySpan<char> text, ref int i)
    {
        var word = new StringBuilder();
        var quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                break;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                word.Append(text[++i]);
            }
            else if (c != '\\')
            {
                word.Append(c);
            }
        }

        return word.ToString();
    }
}
