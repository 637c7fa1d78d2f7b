namespace Bulwark.DockerRun;

/// <summary>
/// Finds <c>docker run</c> / <c>docker create</c> (also <c>docker container run|create</c>) in shell
/// text: after variable assignments, <c>sudo</c> (with its options), <c>exec</c>, <c>time</c>,
/// <c>nohup</c>, <c>env</c>; Makefile recipe prefixes (<c>@</c>, <c>-</c>, <c>+</c>); Docker's global
/// options (<c>-H host</c>, <c>--context x</c>, ...); and inside <c>$(...)</c> and backticks.
/// </summary>
public static class DockerCommandFinder
{
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "sudo", "exec", "time", "nohup", "env", "command" };

    // Options of the wrappers and of the docker binary itself that take a value.
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U",
        "-H", "--host", "-c", "--context", "--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey",
    };

    public static List<ParsedDockerRun> Find(string text) => Find(text, 0, text.Length);

    private static List<ParsedDockerRun> Find(string text, int start, int end)
    {
        var (tokens, substitutions) = ShellLexer.Lex(text, start, end);
        var found = new List<ParsedDockerRun>();
        foreach (var command in SplitCommands(tokens))
        {
            if (Match(text, command) is { } run)
            {
                found.Add(run);
            }
        }

        foreach (var (subStart, subEnd) in substitutions.Where(s => s.End > s.Start))
        {
            found.AddRange(Find(text, subStart, subEnd));
        }

        return [.. found.OrderBy(c => c.Start)];
    }

    private static IEnumerable<List<ShellToken>> SplitCommands(List<ShellToken> tokens)
    {
        var current = new List<ShellToken>();
        foreach (var token in tokens)
        {
            if (!token.IsSeparator)
            {
                current.Add(token);
                continue;
            }

            if (current.Count > 0)
            {
                yield return current;
            }

            current = [];
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static ParsedDockerRun? Match(string text, List<ShellToken> words)
    {
        var i = SkipPrefix(words, 0, w => w.Text.Contains('=', StringComparison.Ordinal) && !w.Text.StartsWith('-') || Wrappers.Contains(w.Text.TrimStart('@', '-', '+')));
        if (i >= words.Count || !IsDocker(words[i].Text))
        {
            return null;
        }

        var docker = words[i];
        i = SkipPrefix(words, i + 1, _ => false);
        if (i < words.Count && words[i].Text == "container")
        {
            i++;
        }

        if (i >= words.Count || words[i].Text is not ("run" or "create"))
        {
            return null;
        }

        return DockerRunParser.Parse(text, words.Skip(i + 1).ToList(), words[i].Text, docker.Start, words[i].End);
    }

    /// <summary>Skips words matching <paramref name="skip"/> and options (with their values) of the word before.</summary>
    private static int SkipPrefix(List<ShellToken> words, int i, Func<ShellToken, bool> skip)
    {
        while (i < words.Count && !IsDocker(words[i].Text) && (skip(words[i]) || words[i].Text.StartsWith('-')))
        {
            i += OptionsWithValue.Contains(words[i].Text) ? 2 : 1;
        }

        return i;
    }

    private static bool IsDocker(string word)
    {
        var name = word.TrimStart('@', '-', '+');
        return name == "docker" || name.EndsWith("/docker", StringComparison.Ordinal);
    }
}
