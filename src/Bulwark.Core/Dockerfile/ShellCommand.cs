namespace Bulwark.Dockerfile;

/// <summary>
/// A shell word: <see cref="Value"/> has quotes and escapes removed (<c>$VAR</c> and <c>$(...)</c> kept
/// as written); <see cref="Raw"/> is the text as written, [<see cref="Start"/>, <see cref="End"/>) of the script.
/// </summary>
public sealed class ShellWord
{
    private readonly string _script;
    private string? _raw;

    internal ShellWord(string value, string script, int start, int end)
    {
        Value = value;
        _script = script;
        Start = start;
        End = end;
        _raw = value.Length == end - start ? value : null;
    }

    public string Value { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Made on first use: most rules only need <see cref="Value"/>.</summary>
    public string Raw => _raw ??= _script[Start..End];

    public ReadOnlySpan<char> RawSpan => _script.AsSpan(Start, End - Start);

    public bool IsOption => Value.Length > 1 && Value[0] == '-';

    public override string ToString() => Value;
}

/// <summary>
/// One simple command of a RUN script, e.g. <c>apt-get install -y curl</c>. Leading variable
/// assignments and wrappers (<c>sudo</c>, <c>env</c>, <c>exec</c>, <c>nohup</c>, <c>time</c>, ...) are
/// peeled off so <see cref="Name"/> is the program that really runs; commands joined by <c>|</c> share a
/// <see cref="Pipeline"/> number.
/// </summary>
public sealed class ShellCommand
{
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "sudo", "env", "exec", "nohup", "time", "command", "nice", "doas",
    };

    internal ShellCommand(ShellWord[] words, int pipeline, int position)
    {
        Words = words;
        Pipeline = pipeline;
        PipelinePosition = position;
        var i = 0;
        while (i < words.Length && IsAssignment(words[i].RawSpan))
        {
            i++;
        }

        Assignments = i == 0 ? Array.Empty<ShellWord>() : new ArraySegment<ShellWord>(words, 0, i);
        List<string>? wrappers = null;
        while (i < words.Length && Wrappers.Contains(BaseName(words[i].Value)))
        {
            (wrappers ??= []).Add(BaseName(words[i].Value));
            i = SkipWrapperOptions(words, i + 1);
        }

        WrappedBy = wrappers ?? (IReadOnlyList<string>)[];
        NameWord = i < words.Length ? words[i] : null;
        Name = NameWord is null ? string.Empty : BaseName(NameWord.Value);
        Arguments = i + 1 < words.Length ? new ArraySegment<ShellWord>(words, i + 1, words.Length - i - 1) : Array.Empty<ShellWord>();
        Subcommand = FirstNonOption(words, i + 1);
    }

    /// <summary>Every word, assignments and wrappers included.</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    /// <summary>Leading <c>NAME=value</c> words (environment for this command only).</summary>
    public IReadOnlyList<ShellWord> Assignments { get; }

    /// <summary>Wrappers the command runs under, e.g. <c>sudo</c>.</summary>
    public IReadOnlyList<string> WrappedBy { get; }

    public ShellWord? NameWord { get; }

    /// <summary>The program's base name (<c>/usr/bin/curl</c> → <c>curl</c>); empty for a bare assignment.</summary>
    public string Name { get; }

    public IReadOnlyList<ShellWord> Arguments { get; }

    public int Pipeline { get; }

    /// <summary>0 for the first command of a pipeline, 1 for the one after the first <c>|</c>, ...</summary>
    public int PipelinePosition { get; }

    public int Start => Words.Count == 0 ? 0 : Words[0].Start;

    public int End => Words.Count == 0 ? 0 : Words[^1].End;

    public bool Is(params string[] names) => names.Contains(Name);

    public bool HasArgument(string value) => Arguments.Any(a => a.Value == value);

    /// <summary>The first non-option argument (the subcommand of <c>apt-get install</c>, <c>npm run</c>, ...).</summary>
    public string? Subcommand { get; }

    public override string ToString() => string.Join(' ', Words.Select(w => w.Value));

    public static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    private static string? FirstNonOption(ShellWord[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (!words[i].IsOption)
            {
                return words[i].Value;
            }
        }

        return null;
    }

    private static bool IsAssignment(ReadOnlySpan<char> raw)
    {
        var eq = raw.IndexOf('=');
        return eq > 0 && (char.IsAsciiLetter(raw[0]) || raw[0] == '_') && raw[..eq].IndexOfAnyExcept(Identifier) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> Identifier =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>Skips a wrapper's own options and assignments (<c>sudo -u app</c>, <c>env -i A=1</c>, <c>nice -n 5</c>).</summary>
    private static int SkipWrapperOptions(ShellWord[] words, int i)
    {
        while (i < words.Length && (words[i].IsOption || IsAssignment(words[i].RawSpan)))
        {
            var takesValue = words[i].Value is "-u" or "-g" or "-n" or "-C" or "-r" or "-t" or "-U";
            i += takesValue ? 2 : 1;
        }

        return i;
    }
}
