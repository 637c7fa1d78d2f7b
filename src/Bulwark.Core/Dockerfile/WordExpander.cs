using System.Buffers;
using System.Text;

namespace Bulwark.Dockerfile;

/// <summary>
/// BuildKit's word processing for FROM, USER, COPY, ENV, ARG, ...: removes quotes and escapes and
/// substitutes <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>,
/// <c>${VAR:+alt}</c>, <c>${VAR+alt}</c>, <c>${VAR:?msg}</c>, <c>${VAR#pattern}</c>/<c>##</c>,
/// <c>${VAR%pattern}</c>/<c>%%</c> and <c>${VAR/pattern/repl}</c>, recording where each substitution is.
/// </summary>
/// <remarks>
/// Reads the word's characters in place and writes the value into one buffer shared by all words of
/// a file; a nested part (a modifier's word, a pattern) is written at the buffer's end and cut off again.
/// </remarks>
internal ref struct WordExpander
{
    // What makes a word's value differ from its text: without any, the value is the text itself.
    // Both escape characters are listed: a word with the inactive one just takes the full path.
    private static readonly SearchValues<char> Special = SearchValues.Create("$'\"\\`");

    private readonly SourceText _word;
    private readonly ReadOnlySpan<char> _text;
    private readonly char _escape;
    private readonly VariableScope _scope;
    private readonly StringBuilder _buffer;
    private List<Substitution>? _substitutions;
    private int _pos;

    private WordExpander(SourceText word, char escape, VariableScope scope, StringBuilder buffer)
    {
        _word = word;
        _text = word.Chars;
        _escape = escape;
        _scope = scope;
        _buffer = buffer;
    }

    /// <summary>True when the word has nothing to expand, quotes or escapes to remove: its value is its text.</summary>
    public static bool IsPlain(SourceText word) => !word.Chars.ContainsAny(Special);

    /// <summary>Expands <paramref name="word"/> using <paramref name="buffer"/> as scratch; on a syntax error returns null and sets <paramref name="error"/> (index, message).</summary>
    public static Expansion? Expand(SourceText word, char escape, VariableScope scope, StringBuilder buffer, out (int Index, string Message)? error)
    {
        error = null;
        if (IsPlain(word))
        {
            // The common plain word: its value is its text, the same string Raw gives.
            return new Expansion(word.Text, []);
        }

        var expander = new WordExpander(word, escape, scope, buffer.Clear());
        try
        {
            expander.ProcessUntil(null, keepEscapes: false);
            return new Expansion(buffer.ToString(), (IReadOnlyList<Substitution>?)expander._substitutions ?? []);
        }
        catch (ExpansionException ex)
        {
            error = (Math.Min(ex.Index, word.Length), ex.Message);
            return null;
        }
    }

    private readonly bool AtEnd => _pos >= _text.Length;

    /// <summary>Appends the value of the text up to <paramref name="stop"/> (consumed) or the end.</summary>
    private void ProcessUntil(char? stop, bool keepEscapes)
    {
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (stop == c)
            {
                _pos++;
                return;
            }

            switch (c)
            {
                case '$': _buffer.Append(Dollar()); break;
                case '\'': SingleQuoted(); break;
                case '"': DoubleQuoted(); break;
                default: AppendPlain(keepEscapes); break;
            }
        }

        if (stop is { } expected)
        {
            throw new ExpansionException(_pos, $"unexpected end of statement while looking for matching {expected}");
        }
    }

    /// <summary>The value of the text up to <paramref name="stop"/>, as a string of its own.</summary>
    private string ProcessPartUntil(char stop, bool keepEscapes)
    {
        var mark = _buffer.Length;
        ProcessUntil(stop, keepEscapes);
        var part = _buffer.ToString(mark, _buffer.Length - mark);
        _buffer.Length = mark;
        return part;
    }

    private void AppendPlain(bool keepEscapes)
    {
        var c = _text[_pos++];
        if (c == _escape)
        {
            if (keepEscapes)
            {
                _buffer.Append(c);
            }

            if (AtEnd)
            {
                return;
            }

            c = _text[_pos++];
        }

        _buffer.Append(c);
    }

    private void SingleQuoted()
    {
        var start = _pos++;
        var close = _text[_pos..].IndexOf('\'');
        if (close < 0)
        {
            throw new ExpansionException(start, "unexpected end of statement while looking for matching single-quote");
        }

        _buffer.Append(_text.Slice(_pos, close));
        _pos += close + 1;
    }

    private void DoubleQuoted()
    {
        var start = _pos++;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return;
            }

            if (c == '$')
            {
                _buffer.Append(Dollar());
                continue;
            }

            _pos++;
            if (c == _escape && !AtEnd && (_text[_pos] == '"' || _text[_pos] == '$' || _text[_pos] == _escape))
            {
                c = _text[_pos++];
            }
            else if (c == _escape && AtEnd)
            {
                continue;
            }

            _buffer.Append(c);
        }

        throw new ExpansionException(start, "unexpected end of statement while looking for matching double-quote");
    }

    private string Dollar()
    {
        var start = _pos++;
        if (AtEnd || _text[_pos] != '{')
        {
            var name = ReadName();
            return name.Length == 0 ? "$" : Record(start, name, null, Lookup(name));
        }

        _pos++;
        if (AtEnd)
        {
            throw new ExpansionException(start, "syntax error: missing '}'");
        }

        if (_text[_pos] is '{' or '}' or ':')
        {
            throw new ExpansionException(start, "syntax error: bad substitution");
        }

        return Braced(start, ReadName());
    }

    private string Braced(int start, string name)
    {
        if (AtEnd)
        {
            throw new ExpansionException(start, "syntax error: missing '}'");
        }

        var c = _text[_pos++];
        if (c == '}')
        {
            return Record(start, name, null, Lookup(name));
        }

        if (c == '/')
        {
            return Replace(start, name);
        }

        var modifier = ReadModifier(start, c);
        var word = ProcessUntilClosingBrace(start, keepEscapes: modifier is "#" or "%");
        return Modified(start, name, modifier, word);
    }

    /// <summary>The modifier starting with <paramref name="first"/> (a constant string, so none is allocated).</summary>
    private string ReadModifier(int start, char first)
    {
        if (first != ':')
        {
            return first switch
            {
                '-' => "-",
                '+' => "+",
                '?' => "?",
                '#' => "#",
                '%' => "%",
                _ => throw Unsupported(start, first.ToString()),
            };
        }

        if (AtEnd)
        {
            throw Unsupported(start, ":");
        }

        var second = _text[_pos++];
        return second switch
        {
            '-' => ":-",
            '+' => ":+",
            '?' => ":?",
            _ => throw Unsupported(start, string.Concat(":", second.ToString())),
        };
    }

    private static ExpansionException Unsupported(int start, string modifier) =>
        new(start, $"unsupported modifier ({modifier}) in substitution");

    private string ProcessUntilClosingBrace(int start, bool keepEscapes)
    {
        try
        {
            return ProcessPartUntil('}', keepEscapes);
        }
        catch (ExpansionException) when (AtEnd)
        {
            throw new ExpansionException(start, "syntax error: missing '}'");
        }
    }

    private string Modified(int start, string name, string modifier, string word)
    {
        var variable = Lookup(name);
        var set = variable?.Value is not null;
        var value = variable?.Value ?? string.Empty;
        var empty = !set || (modifier.StartsWith(':') && value.Length == 0);
        switch (modifier.TrimStart(':'))
        {
            case "-":
                return empty ? RecordDefault(start, name, modifier, word, "default in ${...}") : Record(start, name, modifier, variable);
            case "+":
                return RecordDefault(start, name, modifier, empty ? string.Empty : word, set ? variable!.Source : "unset, so empty");
            case "?":
                return empty ? Record(start, name, modifier, null) : Record(start, name, modifier, variable);
            default:
                var trimmed = TrimPattern(value, modifier[0], word);
                Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), trimmed, set, variable?.Source));
                return trimmed;
        }
    }

    private string Replace(int start, string name)
    {
        var all = !AtEnd && _text[_pos] == '/';
        if (all)
        {
            _pos++;
        }

        var pattern = ProcessPartUntil('/', keepEscapes: true);
        var replacement = ProcessUntilClosingBrace(start, keepEscapes: true);
        var variable = Lookup(name);
        var value = variable?.Value ?? string.Empty;
        var result = ShellPattern.Replace(value, pattern, replacement, all);
        Add(new Substitution(name, all ? "//" : "/", _word.SpanOf(start, _pos), result, variable?.Value is not null, variable?.Source));
        return result;
    }

    private static string TrimPattern(string value, char op, string word)
    {
        var longest = word.Length > 0 && word[0] == op;
        var pattern = longest ? word[1..] : word;
        return op == '#' ? ShellPattern.TrimPrefix(value, pattern, longest) : ShellPattern.TrimSuffix(value, pattern, longest);
    }

    private string Record(int start, string name, string? modifier, Variable? variable)
    {
        var value = variable?.Value ?? string.Empty;
        Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), value, variable?.Value is not null, variable?.Source));
        return value;
    }

    private string RecordDefault(int start, string name, string modifier, string value, string source)
    {
        Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), value, true, source));
        return value;
    }

    private void Add(Substitution substitution) => (_substitutions ??= []).Add(substitution);

    private readonly Variable? Lookup(string name) => _scope.Lookup(name);

    private string ReadName()
    {
        var start = _pos;
        if (!AtEnd && char.IsDigit(_text[_pos]))
        {
            while (!AtEnd && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return _text[start.._pos].ToString();
        }

        if (!AtEnd && _text[_pos] is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
        {
            return _text[_pos++].ToString();
        }

        while (!AtEnd && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        return _text[start.._pos].ToString();
    }

    private sealed class ExpansionException(int index, string message) : Exception(message)
    {
        public int Index { get; } = index;
    }
}
