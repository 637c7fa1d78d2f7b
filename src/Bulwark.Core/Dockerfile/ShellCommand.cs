using System.Buffers;

namespace Bulwark.Dockerfile;

/// <summary>
/// A shell word: <see cref="Value"/> has quotes and escapes removed (<c>$VAR</c> and <c>$(...)</c> kept
/// as written); <see cref="Raw"/> is the text as written, [<see cref="Start"/>, <see cref="End"/>) of the script.
/// </summary>
public sealed class ShellWord
{
    private readonly SourceText _script;

    // The value when it differs from the text as written; for a plain word (no quotes, escapes or
    // substitutions: nearly all of them) null until someone asks for it as a string, because most
    // words are only ever compared (see ValueSpan) and cutting each out would allocate a string per word.
    private string? _value;

    internal ShellWord(string? value, SourceText script, int start, int end)
    {
        _value = value;
        _script = script;
        Start = start;
        End = end;
    }

    public string Value => _value ??= RawSpan.ToString();

    /// <summary><see cref="Value"/> without allocating it: rules that only compare words use this.</summary>
    public ReadOnlySpan<char> ValueSpan => _value is { } value ? value : RawSpan;

    public int Start { get; }

    public int End { get; }

    public string Raw => IsVerbatim ? Value : RawSpan.ToString();

    public ReadOnlySpan<char> RawSpan => _script.Chars[Start..End];

    public bool IsOption => ValueSpan is [ '-', _, .. ];

    /// <summary>True when the value is the text as written (a word with quotes or escapes loses characters).</summary>
    internal bool IsVerbatim => _value is null || _value.Length == End - Start;

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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WrapperLookup = Wrappers.GetAlternateLookup<ReadOnlySpan<char>>();

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

    private readonly ShellWord[] _words;
    private readonly int _assignmentCount;
    private readonly int _nameIndex;
    private readonly int _subcommandIndex;
    private IReadOnlyList<ShellWord>? _assignments;
    private IReadOnlyList<ShellWord>? _arguments;

    internal ShellCommand(ShellWord[] words, int pipeline, int position)
    {
        _words = words;
        Pipeline = pipeline;
        PipelinePosition = position;
        var i = 0;
        while (i < words.Length && IsAssignment(words[i].RawSpan))
        {
            i++;
        }

        _assignmentCount = i;
        List<string>? wrappers = null;
        while (i < words.Length && WrapperLookup.TryGetValue(BaseName(words[i].ValueSpan), out var wrapper))
        {
            (wrappers ??= []).Add(wrapper);
            i = SkipWrapperOptions(words, i + 1);
        }

        WrappedBy = wrappers ?? (IReadOnlyList<string>)[];
        _nameIndex = i;
        NameWord = i < words.Length ? words[i] : null;
        Name = NameWord is null ? string.Empty : Intern(BaseName(NameWord.ValueSpan));
        _subcommandIndex = FirstNonOption(words, i + 1);
    }

    /// <summary>Every word, assignments and wrappers included.</summary>
    public IReadOnlyList<ShellWord> Words => _words;

    /// <summary><see cref="Words"/> for plain loops, without interface calls per word.</summary>
    public ReadOnlySpan<ShellWord> WordSpan => _words;

    /// <summary>Leading <c>NAME=value</c> words (environment for this command only).</summary>
    public IReadOnlyList<ShellWord> Assignments =>
        _assignments ??= _assignmentCount == 0 ? (IReadOnlyList<ShellWord>)Array.Empty<ShellWord>() : new ArraySegment<ShellWord>(_words, 0, _assignmentCount);

    public int AssignmentCount => _assignmentCount;

    /// <summary>Wrappers the command runs under, e.g. <c>sudo</c>.</summary>
    public IReadOnlyList<string> WrappedBy { get; }

    public ShellWord? NameWord { get; }

    /// <summary>The program's base name (<c>/usr/bin/curl</c> → <c>curl</c>); empty for a bare assignment.</summary>
    public string Name { get; }

    public IReadOnlyList<ShellWord> Arguments =>
        _arguments ??= _nameIndex + 1 < _words.Length ? new ArraySegment<ShellWord>(_words, _nameIndex + 1, _words.Length - _nameIndex - 1) : (IReadOnlyList<ShellWord>)Array.Empty<ShellWord>();

    /// <summary><see cref="Arguments"/> for plain loops.</summary>
    public ReadOnlySpan<ShellWord> ArgumentSpan => _nameIndex + 1 < _words.Length ? _words.AsSpan(_nameIndex + 1) : [];

    public int Pipeline { get; }

    /// <summary>0 for the first command of a pipeline, 1 for the one after the first <c>|</c>, ...</summary>
    public int PipelinePosition { get; }

    public int Start => _words.Length == 0 ? 0 : _words[0].Start;

    public int End => _words.Length == 0 ? 0 : _words[^1].End;

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
    public string? Subcommand => _subcommandIndex < 0 ? null : _words[_subcommandIndex].Value;

    public override string ToString() => string.Join(' ', _words.Select(w => w.Value));

    public static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    /// <summary><see cref="BaseName(string)"/> of a span, without allocating.</summary>
    public static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Intern(ReadOnlySpan<char> name) =>
        name.IsEmpty ? string.Empty : CommonNames.TryGetValue(name, out var common) ? common : name.ToString();

    private static int FirstNonOption(ShellWord[] words, int from)
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
    private static int SkipWrapperOptions(ShellWord[] words, int i)
    {
        while (i < words.Length && (words[i].IsOption || IsAssignment(words[i].RawSpan)))
        {
            var takesValue = words[i].ValueSpan is "-u" or "-g" or "-n" or "-C" or "-r" or "-t" or "-U";
            i += takesValue ? 2 : 1;
        }

        return i;
    }
}
