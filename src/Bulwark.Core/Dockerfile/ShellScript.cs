using System.Text;
using Bulwark.Common;

namespace Bulwark.Dockerfile;

/// <summary>
/// Splits a POSIX shell script (a RUN command, a heredoc script) into simple commands: separators
/// <c>; &amp;&amp; || | &amp;</c>, newlines and parentheses end a command; quotes, escapes,
/// <c>$(...)</c>, <c>${...}</c> and backticks stay inside words; redirections and comments are dropped;
/// reserved words that start a clause (<c>if then else do while ...</c>) are skipped. It never throws:
/// unbalanced input simply ends the last word at the end of the text.
/// </summary>
public ref struct ShellScript
{
    private static readonly WordSet ClauseWords = ["if", "then", "else", "elif", "do", "while", "until", "!", "{"];

    // The script is scanned as a span of its source, so a RUN's text is never copied out of the file;
    // words keep the source and cut their values out only when asked.
    private readonly SourceText _source;
    private readonly ReadOnlySpan<char> _text;
    private readonly Scratch _scratch;
    private int _commandStart;
    private List<string>? _pendingHeredocs;
    private int _pos;
    private int _pipeline;
    private int _position;

    private ShellScript(SourceText source, Scratch scratch)
    {
        _source = source;
        _text = source.Chars;
        _scratch = scratch;
    }

    // The words of the script so far (the command being read starts at _commandStart), the commands
    // found, and the builder for quoted values: working space that every parse on a thread reuses (a
    // Dockerfile scan splits a thousand scripts) instead of growing its own.
    private readonly List<ShellWord> _words => _scratch.Words;

    private readonly List<(int First, int Count, int Pipeline, int Position)> _commands => _scratch.Commands;

    private readonly StringBuilder _value => _scratch.Value;

    [ThreadStatic]
    private static Scratch? t_scratch;

    public static ShellCommand[] Parse(string text) => Parse(SourceText.Contiguous(text, 0, text.Length, new LineIndex(text)));

    /// <summary>Splits <paramref name="source"/>; word positions are indexes into it.</summary>
    public static ShellCommand[] Parse(SourceText source)
    {
        // Taken, not shared, while in use: a nested parse on the same thread would get its own.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var script = new ShellScript(source, scratch);
        script.Run();
        var commands = script.Commands();
        scratch.Words.Clear();
        scratch.Commands.Clear();
        t_scratch = scratch;
        return commands;
    }

    /// <summary>The commands found, sharing one array of the script's words.</summary>
    private readonly ShellCommand[] Commands()
    {
        var words = _words.ToArray();
        var commands = new ShellCommand[_commands.Count];
        for (var i = 0; i < commands.Length; i++)
        {
            var (first, count, pipeline, position) = _commands[i];
            commands[i] = new ShellCommand(words, first, count, pipeline, position);
        }

        return commands;
    }

    private readonly bool AtEnd => _pos >= _text.Length;

    private readonly char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Run()
    {
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                _pos += 2;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c == '&' && Peek(1) == '>')
            {
                Redirection();
            }
            else if (c is '\n' or ';' or '&' or '|' or '(' or ')')
            {
                Separator(c);
            }
            else if ((c is '<' or '>') && Peek(1) != '(')
            {
                Redirection();
            }
            else
            {
                AddWord();
            }
        }

        EndCommand(newPipeline: true);
    }

    private void SkipComment()
    {
        while (!AtEnd && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void Separator(char c)
    {
        var pipe = c == '|' && Peek(1) != '|';
        _pos += (c is '&' or '|' or ';') && Peek(1) == c ? 2 : 1;
        if (pipe && Peek() == '&')
        {
            _pos++;
        }

        EndCommand(newPipeline: !pipe);
        if (c == '\n')
        {
            SkipPendingHeredocs();
        }
    }

    private void EndCommand(bool newPipeline)
    {
        var start = _commandStart;
        while (start < _words.Count && _words[start].IsVerbatim && ClauseWords.Contains(_words[start].RawSpan))
        {
            start++;
        }

        // Skipped reserved words are dropped from the script's words; an empty command leaves none behind.
        _words.RemoveRange(_commandStart, start - _commandStart);
        if (_commandStart < _words.Count)
        {
            _commands.Add((_commandStart, _words.Count - _commandStart, _pipeline, _position++));
        }

        _commandStart = _words.Count;
        if (newPipeline)
        {
            _pipeline++;
            _position = 0;
        }
    }

    /// <summary><c>&gt; file</c>, <c>2&gt;&amp;1</c>, <c>&lt;&lt;EOF</c>: the operator and its target are not arguments.</summary>
    private void Redirection()
    {
        var heredoc = Peek() == '<' && Peek(1) == '<' && Peek(2) != '<';
        while (!AtEnd && _text[_pos] is '<' or '>' or '&' or '|' or '-')
        {
            _pos++;
        }

        while (!AtEnd && _text[_pos] is ' ' or '\t')
        {
            _pos++;
        }

        if (!AtEnd && _text[_pos] is not ('\n' or ';' or '|' or '&' or '(' or ')' or '<' or '>'))
        {
            var target = ReadWord();
            if (heredoc)
            {
                (_pendingHeredocs ??= []).Add(target.Value);
            }
        }
    }

    /// <summary>Skips the body lines of heredocs opened on the line just ended (<c>cat &lt;&lt;EOF</c> inside a script).</summary>
    private void SkipPendingHeredocs()
    {
        if (_pendingHeredocs is null)
        {
            return;
        }

        foreach (var delimiter in _pendingHeredocs)
        {
            while (!AtEnd)
            {
                var rest = _text[_pos..];
                var end = rest.IndexOf('\n');
                var line = end < 0 ? rest : rest[..end];
                _pos = end < 0 ? _text.Length : _pos + end + 1;
                if (line.TrimStart('\t').TrimEnd('\r').SequenceEqual(delimiter))
                {
                    break;
                }
            }
        }

        _pendingHeredocs.Clear();
    }

    private void AddWord()
    {
        var word = ReadWord();

        // "2>file": a number glued to a redirection is a file descriptor, not an argument.
        if ((Peek() is '<' or '>') && !word.RawSpan.ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }

        _words.Add(word);
    }

    private ShellWord ReadWord()
    {
        // Most words are plain (no quotes, escapes or substitutions): their value is their text.
        var start = _pos;
        _pos = PlainEnd(_pos);
        if (AtEnd || EndsWord(_text[_pos]))
        {
            return new ShellWord(null, _source, start, _pos);
        }

        var value = _value.Clear().Append(_text[start.._pos]);
        while (!AtEnd && !EndsWord(_text[_pos]))
        {
            ReadWordPart(value);
        }

        // Parts only ever drop characters (quotes, escapes): a value as long as the text is the text,
        // as for "${VAR}" or $(cmd), and needs no string of its own.
        return new ShellWord(value.Length == _pos - start ? null : value.ToString(), _source, start, _pos);
    }

    /// <summary>
    /// Where the run of plain characters starting at <paramref name="from"/> ends: at the first character
    /// that ends the word or starts a quoted, escaped or substituted part (<c>$</c> only before <c>(</c> or <c>{</c>).
    /// </summary>
    private readonly int PlainEnd(int from)
    {
        var i = from;
        while (true)
        {
            var next = _text[i..].IndexOfAny(WordSpecials);
            if (next < 0)
            {
                return _text.Length;
            }

            i += next;
            if (_text[i] != '$' || (i + 1 < _text.Length && _text[i + 1] is '(' or '{'))
            {
                return i;
            }

            i++;
        }
    }

    // Every character that can end a word or start a part of it: the scan for plain text skips the rest in bulk.
    private static readonly System.Buffers.SearchValues<char> WordSpecials = System.Buffers.SearchValues.Create(" \t\r\n;&|()<>\\'\"`$");

    private static readonly System.Buffers.SearchValues<char> DoubleQuoteSpecials = System.Buffers.SearchValues.Create("\"\\$`");

    private readonly bool EndsWord(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or ')' or '('
        || (c is '<' or '>' && Peek(1) != '(');

    private void ReadWordPart(StringBuilder value)
    {
        var c = _text[_pos];
        switch (c)
        {
            case '\'':
                ReadSingleQuoted(value);
                break;
            case '"':
                ReadDoubleQuoted(value);
                break;
            case '\\':
                _pos++;
                if (!AtEnd && _text[_pos] != '\n')
                {
                    value.Append(_text[_pos]);
                }

                _pos = Math.Min(_pos + 1, _text.Length);
                break;
            case '$' when Peek(1) is '(' or '{':
            case '`':
            case '<' or '>' when Peek(1) == '(':
                var start = _pos;
                _pos = ShellGroups.End(_text, _pos);
                value.Append(_text[start.._pos]);
                break;
            default:
                var end = PlainEnd(_pos);
                value.Append(_text[_pos..end]);
                _pos = end;
                break;
        }
    }

    /// <summary>Reads a single-quoted part: everything up to the closing quote is literal.</summary>
    private void ReadSingleQuoted(StringBuilder value)
    {
        var from = _pos + 1;
        var close = _text[from..].IndexOf('\'');
        var end = close < 0 ? _text.Length : from + close;
        value.Append(_text[from..end]);
        _pos = Math.Min(end + 1, _text.Length);
    }

    /// <summary>Reads a double-quoted part starting at its opening quote; <c>\"</c>, <c>\\</c>, <c>\$</c> and <c>\`</c> are escapes.</summary>
    private void ReadDoubleQuoted(StringBuilder value)
    {
        _pos++;
        while (!AtEnd && _text[_pos] != '"')
        {
            var plain = _text[_pos..].IndexOfAny(DoubleQuoteSpecials);
            if (plain != 0)
            {
                var length = plain < 0 ? _text.Length - _pos : plain;
                value.Append(_text.Slice(_pos, length));
                _pos += length;
                continue;
            }

            if (_text[_pos] == '\\' && Peek(1) is '"' or '\\' or '$' or '`' or '\n')
            {
                _pos++;
            }
            else if (_text[_pos] is '$' or '`' && (_text[_pos] == '`' || Peek(1) is '(' or '{'))
            {
                var start = _pos;
                _pos = ShellGroups.End(_text, _pos);
                value.Append(_text[start.._pos]);
                continue;
            }

            value.Append(_text[_pos++]);
        }

        _pos = Math.Min(_pos + 1, _text.Length);
    }

    private sealed class Scratch
    {
        public List<ShellWord> Words { get; } = [];

        public List<(int First, int Count, int Pipeline, int Position)> Commands { get; } = [];

        public StringBuilder Value { get; } = new();
    }
}
