using System.Text;

namespace Bulwark.Dockerfile;

/// <summary>
/// BuildKit's word processing for FROM, USER, COPY, ENV, ARG, ...: removes quotes and escapes and
/// substitutes <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>,
/// <c>${VAR:+alt}</c>, <c>${VAR+alt}</c>, <c>${VAR:?msg}</c>, <c>${VAR#pattern}</c>/<c>##</c>,
/// <c>${VAR%pattern}</c>/<c>%%</c> and <c>${VAR/pattern/repl}</c>, recording where each substitution is.
/// </summary>
internal sealed class WordExpander
{
    private readonly SourceText _word;
    private readonly string _text;
    private readonly char _escape;
    private readonly VariableScope _scope;
    private readonly List<Substitution> _substitutions = [];
    private int _pos;

    private WordExpander(SourceText word, char escape, VariableScope scope)
    {
        _word = word;
        _text = word.Text;
        _escape = escape;
        _scope = scope;
    }

    /// <summary>Expands <paramref name="word"/>; on a syntax error returns null and sets <paramref name="error"/> (index, message).</summary>
    public static Expansion? Expand(SourceText word, char escape, VariableScope scope, out (int Index, string Message)? error)
    {
        var expander = new WordExpander(word, escape, scope);
        try
        {
            var value = expander.ProcessUntil(null, keepEscapes: false);
            error = null;
            return new Expansion(value, expander._substitutions);
        }
        catch (ExpansionException ex)
        {
            error = (Math.Min(ex.Index, word.Length), ex.Message);
            return null;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private string ProcessUntil(char? stop, bool keepEscapes)
    {
        var result = new StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (stop == c)
            {
                _pos++;
                return result.ToString();
            }

            switch (c)
            {
                case '$': result.Append(Dollar()); break;
                case '\'': result.Append(SingleQuoted()); break;
                case '"': result.Append(DoubleQuoted()); break;
                default: AppendPlain(result, keepEscapes); break;
            }
        }

        if (stop is { } expected)
        {
            throw new ExpansionException(_pos, $"unexpected end of statement while looking for matching {expected}");
        }

        return result.ToString();
    }

    private void AppendPlain(StringBuilder result, bool keepEscapes)
    {
        var c = _text[_pos++];
        if (c == _escape)
        {
            if (keepEscapes)
            {
                result.Append(c);
            }

            if (AtEnd)
            {
                return;
            }

            c = _text[_pos++];
        }

        result.Append(c);
    }

    private string SingleQuoted()
    {
        var start = _pos++;
        var close = _text.IndexOf('\'', _pos);
        if (close < 0)
        {
            throw new ExpansionException(start, "unexpected end of statement while looking for matching single-quote");
        }

        var value = _text[_pos..close];
        _pos = close + 1;
        return value;
    }

    private string DoubleQuoted()
    {
        var start = _pos++;
        var result = new StringBuilder();
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return result.ToString();
            }

            if (c == '$')
            {
                result.Append(Dollar());
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

            result.Append(c);
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

        var modifier = c.ToString();
        if (c == ':')
        {
            modifier += AtEnd ? string.Empty : _text[_pos++].ToString();
        }

        if (modifier is not ("-" or "+" or "?" or ":-" or ":+" or ":?" or "#" or "%"))
        {
            throw new ExpansionException(start, $"unsupported modifier ({modifier}) in substitution");
        }

        var word = ProcessUntilClosingBrace(start, keepEscapes: modifier is "#" or "%");
        return Modified(start, name, modifier, word);
    }

    private string ProcessUntilClosingBrace(int start, bool keepEscapes)
    {
        try
        {
            return ProcessUntil('}', keepEscapes);
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
                _substitutions.Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), trimmed, set, variable?.Source));
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

        var pattern = ProcessUntil('/', keepEscapes: true);
        var replacement = ProcessUntilClosingBrace(start, keepEscapes: true);
        var variable = Lookup(name);
        var value = variable?.Value ?? string.Empty;
        var result = ShellPattern.Replace(value, pattern, replacement, all);
        _substitutions.Add(new Substitution(name, all ? "//" : "/", _word.SpanOf(start, _pos), result, variable?.Value is not null, variable?.Source));
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
        _substitutions.Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), value, variable?.Value is not null, variable?.Source));
        return value;
    }

    private string RecordDefault(int start, string name, string modifier, string value, string source)
    {
        _substitutions.Add(new Substitution(name, modifier, _word.SpanOf(start, _pos), value, true, source));
        return value;
    }

    private Variable? Lookup(string name) => _scope.Lookup(name);

    private string ReadName()
    {
        var start = _pos;
        if (!AtEnd && char.IsDigit(_text[_pos]))
        {
            while (!AtEnd && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return _text[start.._pos];
        }

        if (!AtEnd && _text[_pos] is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
        {
            return _text[_pos++].ToString();
        }

        while (!AtEnd && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private sealed class ExpansionException(int index, string message) : Exception(message)
    {
        public int Index { get; } = index;
    }
}
