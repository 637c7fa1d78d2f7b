namespace Bulwark.DockerRun;

/// <summary>
/// Parses the words after <c>docker run</c> as Docker's CLI (spf13/pflag, interspersed flags off)
/// does: <c>--flag=value</c> and <c>--flag value</c>; shorthands alone (<c>-u 1000</c>,
/// <c>-u1000</c>, <c>-u=1000</c>) or bundled (<c>-itd</c>, <c>-itu 1000</c>), where the first
/// shorthand that takes a value consumes the rest of the bundle or the next word; <c>--</c> ends the
/// flags; the first other word is the image and everything after it the container's command.
/// </summary>
public sealed class DockerRunParser
{
    private readonly string _source;
    private readonly IReadOnlyList<ShellToken> _words;
    private readonly ParsedDockerRun _command;
    private int _next;

    private DockerRunParser(string source, IReadOnlyList<ShellToken> words, ParsedDockerRun command)
    {
        _source = source;
        _words = words;
        _command = command;
    }

    public static ParsedDockerRun Parse(string source, IReadOnlyList<ShellToken> words, string verb, int start, int verbEnd)
    {
        var command = new ParsedDockerRun { Verb = verb, Start = start, VerbEnd = verbEnd };
        new DockerRunParser(source, words, command).Run();
        return command;
    }

    private void Run()
    {
        while (_next < _words.Count)
        {
            var word = _words[_next++];
            if (word.Text == "--")
            {
                break;
            }

            if (word.Text.StartsWith("--", StringComparison.Ordinal))
            {
                LongFlag(word);
            }
            else if (word.Text.Length > 1 && word.Text[0] == '-')
            {
                Shorthands(word);
            }
            else
            {
                _next--;
                break;
            }
        }

        if (_next < _words.Count)
        {
            _command.Image = _words[_next++];
            _command.Arguments.AddRange(_words.Skip(_next));
        }
        else
        {
            _command.Errors.Add(new CommandError($"docker {_command.Verb} has no image", _command.Start, _command.VerbEnd));
        }
    }

    private void LongFlag(ShellToken word)
    {
        var eq = word.Text.IndexOf('=', StringComparison.Ordinal);
        var name = eq < 0 ? word.Text[2..] : word.Text[2..eq];
        if (DockerRunFlags.Long(name) is not { } flag)
        {
            Error($"unknown flag --{name} for docker {_command.Verb}", word);
            return;
        }

        if (eq >= 0)
        {
            Add(flag, word.Text[(eq + 1)..], word, word, eq + 1);
        }
        else if (!flag.TakesValue)
        {
            Add(flag, "true", word, word, -1);
        }
        else
        {
            ValueFromNextWord(flag, word);
        }
    }

    private void Shorthands(ShellToken word)
    {
        for (var i = 1; i < word.Text.Length; i++)
        {
            if (DockerRunFlags.Short(word.Text[i]) is not { } flag)
            {
                Error($"unknown shorthand flag '{word.Text[i]}' in {word.Text} for docker {_command.Verb}", word);
                return;
            }

            var rest = word.Text[(i + 1)..];
            if (rest.StartsWith('='))
            {
                Add(flag, rest[1..], word, word, i + 2);
                return;
            }

            if (!flag.TakesValue)
            {
                Add(flag, "true", word, word, -1);
                continue;
            }

            if (rest.Length > 0)
            {
                Add(flag, rest, word, word, i + 1);
            }
            else
            {
                ValueFromNextWord(flag, word);
            }

            return;
        }
    }

    private void ValueFromNextWord(DockerFlag flag, ShellToken word)
    {
        if (_next >= _words.Count)
        {
            Error($"flag needs an argument: {word.Text}", word);
            return;
        }

        var value = _words[_next++];
        Add(flag, value.Text, word, value, 0);
    }

    /// <summary>Records a flag whose value starts at <paramref name="valueIndex"/> within <paramref name="valueWord"/> (-1: no value text).</summary>
    private void Add(DockerFlag flag, string value, ShellToken flagWord, ShellToken valueWord, int valueIndex)
    {
        var precise = valueIndex >= 0 && valueWord.IsVerbatim(_source);
        var valueStart = valueIndex < 0 ? -1 : precise ? valueWord.Start + valueIndex : valueWord.Start;
        var valueEnd = valueIndex < 0 ? -1 : valueWord.End;
        _command.Flags.Add(new ParsedFlag(flag, value, flagWord.Start, valueWord.End, valueStart, valueEnd));
    }

    private void Error(string message, ShellToken word) => _command.Errors.Add(new CommandError(message, word.Start, word.End));
}
