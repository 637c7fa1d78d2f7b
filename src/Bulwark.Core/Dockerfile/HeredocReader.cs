using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Dockerfile;

/// <summary>
/// Finds the heredoc words of a RUN/COPY/ADD line (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>,
/// <c>&lt;&lt;"EOF"</c>, <c>2&lt;&lt;EOF</c>, several per line) the way BuildKit does: the line is cut
/// into shell words keeping quotes, and each word that is wholly <c>[n]&lt;&lt;[-]NAME</c> opens one.
/// </summary>
internal static partial class HeredocReader
{
    public sealed record Opening(string Name, bool Expand, bool Chomp, int FileDescriptor, int Start, int End);

    public static List<Opening> Find(string line)
    {
        var openings = new List<Opening>();
        if (!line.Contains("<<", StringComparison.Ordinal))
        {
            return openings;
        }

        foreach (var (start, end) in RawWords(line))
        {
            var match = Word().Match(line, start, end - start);
            if (match.Success && match.Index == start && match.Length == end - start && ToOpening(match, start, end) is { } opening)
            {
                openings.Add(opening);
            }
        }

        return openings;
    }

    private static Opening? ToOpening(Match match, int start, int end)
    {
        var rest = match.Groups[3].Value;
        if (rest.Length == 0 || Unquote(rest) is not { } name || name.Length == 0 || name.Any(char.IsWhiteSpace))
        {
            return null;
        }

        // A quote anywhere in the delimiter turns expansion of the body off, as in the shell.
        var quoted = rest.Contains('\'', StringComparison.Ordinal) || rest.Contains('"', StringComparison.Ordinal);
        _ = int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fd);
        return new Opening(name, !quoted, match.Groups[2].Value == "-", fd, start, end);
    }

    /// <summary>Words split on unquoted whitespace; none at all when a quote is left open (BuildKit gives up then).</summary>
    private static List<(int Start, int End)> RawWords(string line)
    {
        var words = new List<(int, int)>();
        var quote = '\0';
        var start = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                if (start >= 0)
                {
                    words.Add((start, i));
                }

                start = -1;
                continue;
            }

            start = start < 0 ? i : start;
            if (c == '\\' && quote != '\'')
            {
                i++;
            }
            else if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        if (quote != '\0')
        {
            return [];
        }

        if (start >= 0)
        {
            words.Add((start, line.Length));
        }

        return words;
    }

    private static string? Unquote(string text)
    {
        var result = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
            else if (c == '\\' && quote != '\'' && i + 1 < text.Length)
            {
                result.Append(text[++i]);
            }
            else
            {
                result.Append(c);
            }
        }

        return quote == '\0' ? result.ToString() : null;
    }

    [GeneratedRegex(@"(\d*)<<(-?)([^<]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
