using System.Buffers;
using Bulwark.Common;

namespace Bulwark.Dockerfile;

/// <summary>
/// A shell word: <see cref="Value"/> has quotes and escapes removed (<c>$VAR</c> and <c>$(...)</c> kept
/// as written); <see cref="Raw"/> is the text as written, [<see cref="Start"/>, <see cref="End"/>) of the script.
/// A value type: a RUN has thousands of words, kept inline in one array per script instead of one object each.
/// </summary>
public readonly struct ShellWord
{
    // A plain word (no quotes, escapes or substitutions: most of them) holds just its script, and its
    // value is its text, cut out only when asked for as a string because most words are only ever
    // compared (see ValueSpan); any other word holds a Rewritten with the script and its value. One
    // reference for both keeps a word at 16 bytes.
    private readonly object _origin;

    internal ShellWord(string? value, SourceText script, int start, int end)
    {
        _origin = value is null ? script : new Rewritten(script, value);
        Start = start;
        End = end;
    }

    public string Value => _origin is Rewritten rewritten ? rewritten.Value : RawSpan.ToString();

    /// <summary><see cref="Value"/> without allocating it: rules that only compare words use this.</summary>
    public ReadOnlySpan<char> ValueSpan => _origin is Rewritten rewritten ? rewritten.Value : RawSpan;

    public int Start { get; }

    public int End { get; }

    public string Raw => RawSpan.ToString();

    public ReadOnlySpan<char> RawSpan => Script.Chars[Start..End];

    public bool IsOption => ValueSpan is [ '-', _, .. ];

    /// <summary>True when the value is the text as written (a word with quotes or escapes loses characters).</summary>
    internal bool IsVerbatim => _origin is not Rewritten rewritten || rewritten.Value.Length == End - Start;

    private SourceText Script => _origin as SourceText ?? ((Rewritten)_origin).Script;

    public override string ToString() => Value;

    /// <summary>The first of <paramref name="words"/> that <paramref name="match"/> accepts, null when none does (where FirstOrDefault would give a default word).</summary>
    public static ShellWord? FirstWhere(IEnumerable<ShellWord> words, Func<ShellWord, bool> match)
    {
        foreach (var word in words)
        {
            if (match(word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The script and value of a word whose value differs from its text.</summary>
    private sealed record Rewritten(SourceText Script, string Value);
}

/// <summary>
/// One simple command of a RUN script, e.g. <c>apt-get install -y curl</c>. Leading variable
/// assignments and wrappers (<c>sudo</c>, <c>env</c>, <c>exec</c>, <c>nohup</c>, <c>time</c>, ...) are
/// peeled off so <see cref="Name"/> is the program that really runs; commands joined by <c>|</c> share a
/// <see cref="Pipeline"/> number.
/// </summary>
public sealed class ShellCommand
{
    private static readonly WordSet Wrappers = ["sudo", "env", "exec", "nohup", "time", "command", "nice", "doas"];

    /// <summary>What the Dockerfile rules work out once about this command and share (the package-manager call it makes, if any); kept as <see cref="DockerfileModel.Facts"/> is.</summary>
    internal object? Facts { get; set; }

    // Program names that come up again and again: a command called one of these shares the string
    // instead of allocating its own (every rule reads Name; most RUNs call the same few dozen programs).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper", "rpm", "dpkg", "pip", "pip3", "python", "python3",
        "npm", "yarn", "pnpm", "node", "go", "cargo", "mvn", "gradle", "dotnet", "make", "cmake", "gcc", "git", "curl", "wget",
        "tar", "unzip", "gzip", "echo", "printf", "cat", "rm", "mkdir", "cp", "mv", "ln", "chmod", "chown", "chgrp", "cd", "ls",
        "find", "sed", "grep", "awk", "xargs", "test", "[", "true", "false", "set", "export", "fi", "done", "esac", "sh", "bash",
        "useradd", "adduser", "groupadd", "addgroup", "usermod", "update-ca-certificates", "ldconfig", "install", "touch", "sleep",
        "exit", "source", ".", "eval", "sha256sum", "gpg", "locale-gen", "apt-key", "conda", "gem", "bundle", "composer", "php",
        "docker-php-ext-install", "docker-php-ext-configure", "pecl", "ruby", "perl", "java", "rustup", "ssh-keygen",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The command's words are _script[_first .. _first + _count): one array holds every word of a script.
    private readonly ShellWord[] _script;
    private readonly int _first;
    private readonly int _count;
    private readonly int _assignmentCount;
    private readonly int _nameIndex;
    private readonly int _subcommandIndex;

    internal ShellCommand(ShellWord[] script, int first, int count, int pipeline, int position)
    {
        _script = script;
        _first = first;
        _count = count;
        Pipeline = pipeline;
        PipelinePosition = position;
        var words = WordSpan;
        var i = 0;
        while (i < words.Length && IsAssignment(words[i].RawSpan))
        {
            i++;
        }

        _assignmentCount = i;
        List<string>? wrappers = null;
        while (i < words.Length && Wrappers.TryGetValue(BaseName(words[i].ValueSpan), out var wrapper))
        {
            (wrappers ??= []).Add(wrapper);
            i = SkipWrapperOptions(words, i + 1);
        }

        WrappedBy = wrappers ?? (IReadOnlyList<string>)[];
        _nameIndex = i;
        Name = i < words.Length ? Intern(BaseName(words[i].ValueSpan)) : string.Empty;
        _subcommandIndex = FirstNonOption(words, i + 1);
    }

    /// <summary>Every word, assignments and wrappers included.</summary>
    public ArraySegment<ShellWord> Words => new(_script, _first, _count);

    /// <summary><see cref="Words"/> for plain loops.</summary>
    public ReadOnlySpan<ShellWord> WordSpan => _script.AsSpan(_first, _count);

    /// <summary>Leading <c>NAME=value</c> words (environment for this command only).</summary>
    public ArraySegment<ShellWord> Assignments => new(_script, _first, _assignmentCount);

    public int AssignmentCount => _assignmentCount;

    /// <summary>Wrappers the command runs under, e.g. <c>sudo</c>.</summary>
    public IReadOnlyList<string> WrappedBy { get; }

    /// <summary>The word naming the program; null for a bare assignment.</summary>
    public ShellWord? NameWord => _nameIndex < _count ? _script[_first + _nameIndex] : null;

    /// <summary>The program's base name (<c>/usr/bin/curl</c> → <c>curl</c>); empty for a bare assignment.</summary>
    public string Name { get; }

    public ArraySegment<ShellWord> Arguments =>
        _nameIndex + 1 < _count ? new(_script, _first + _nameIndex + 1, _count - _nameIndex - 1) : ArraySegment<ShellWord>.Empty;

    /// <summary><see cref="Arguments"/> for plain loops.</summary>
    public ReadOnlySpan<ShellWord> ArgumentSpan => Arguments.AsSpan();

    public int Pipeline { get; }

    /// <summary>0 for the first command of a pipeline, 1 for the one after the first <c>|</c>, ...</summary>
    public int PipelinePosition { get; }

    public int Start => _count == 0 ? 0 : _script[_first].Start;

    public int End => _count == 0 ? 0 : _script[_first + _count - 1].End;

    public bool Is(params string[] names) => Array.IndexOf(names, Name) >= 0;

    public bool HasArgument(string value)
    {
        foreach (var argument in ArgumentSpan)
        {
            if (argument.ValueSpan.SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first non-option argument (the subcommand of <c>apt-get install</c>, <c>npm run</c>, ...).</summary>
    public string? Subcommand => _subcommandIndex < 0 ? null : _script[_first + _subcommandIndex].Value;

    /// <summary><see cref="Subcommand"/> without allocating it (empty when there is none), for rules that only compare it.</summary>
    public ReadOnlySpan<char> SubcommandSpan => _subcommandIndex < 0 ? default : _script[_first + _subcommandIndex].ValueSpan;

    public override string ToString() => string.Join(' ', Words.Select(w => w.Value));

    public static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    /// <summary><see cref="BaseName(string)"/> of a span, without allocating.</summary>
    public static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Intern(ReadOnlySpan<char> name) =>
        name.IsEmpty ? string.Empty : CommonNames.TryGetValue(name, out var common) ? common : name.ToString();

    private static int FirstNonOption(ReadOnlySpan<ShellWord> words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (!words[i].IsOption)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAssignment(ReadOnlySpan<char> raw)
    {
        var eq = raw.IndexOf('=');
        return eq > 0 && (char.IsAsciiLetter(raw[0]) || raw[0] == '_') && raw[..eq].IndexOfAnyExcept(Identifier) < 0;
    }

    private static readonly SearchValues<char> Identifier =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>Skips a wrapper's own options and assignments (<c>sudo -u app</c>, <c>env -i A=1</c>, <c>nice -n 5</c>).</summary>
    private static int SkipWrapperOptions(ReadOnlySpan<ShellWord> words, int i)
    {
        while (i < words.Length && (words[i].IsOption || IsAssignment(words[i].RawSpan)))
        {
            var takesValue = words[i].ValueSpan is "-u" or "-g" or "-n" or "-C" or "-r" or "-t" or "-U";
            i += takesValue ? 2 : 1;
        }

        return i;
    }
}
