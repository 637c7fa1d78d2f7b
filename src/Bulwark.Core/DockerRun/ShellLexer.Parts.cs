using System.Text;

namespace Bulwark.DockerRun;

/// <summary>The parts of a word: backslash escapes, single and double quotes, <c>$(...)</c>, <c>${...}</c> and backticks.</summary>
public sealed partial class ShellLexer
{
    private void ReadPart(StringBuilder word)
    {
        var c = _text[_pos];
        switch (c)
        {
            case '\\':
                _pos += Peek(1) == '\n' ? 2 : 1;
                if (_text[_pos - 1] != '\n' && _pos < _end)
                {
                    word.Append(_text[_pos++]);
                }

                break;
            case '\'':
                word.Append(Until('\'', _pos + 1));
                break;
            case '"':
                word.Append(DoubleQuoted());
                break;
            case '$' when Peek(1) is '(' or '{':
                word.Append(Balanced(Peek(1) == '(' ? '(' : '{', Peek(1) == '(' ? ')' : '}'));
                break;
            case '`':
                var start = _pos;
                Until('`', _pos + 1);
                _substitutions.Add((start + 1, _pos - 1));
                word.Append(_text, start, _pos - start);
                break;
            default:
                word.Append(c);
                _pos++;
                break;
        }
    }

    /// <summary>Reads up to the closing <paramref name="close"/>, returning the text between.</summary>
    private string Until(char close, int from)
    {
        from = Math.Min(from, _end);
        var end = _text.IndexOf(close, from);
        end = end < 0 || end >= _end ? _end : end;
        _pos = Math.Min(end + 1, _end);
        return _text[from..end];
    }

    private string DoubleQuoted()
    {
        var value = new StringBuilder();
        _pos++;
        while (_pos < _end && _text[_pos] != '"')
        {
            if (_text[_pos] == '\\' && Peek(1) is '"' or '\\' or '$' or '`' or '\n')
            {
                if (_text[_pos + 1] != '\n')
                {
                    value.Append(_text[_pos + 1]);
                }

                _pos += 2;
            }
            else if (_text[_pos] == '$' && Peek(1) == '(')
            {
                value.Append(Balanced('(', ')'));
            }
            else
            {
                value.Append(_text[_pos++]);
            }
        }

        _pos = Math.Min(_pos + 1, _end);
        return value.ToString();
    }

    /// <summary>Reads <c>$(...)</c> or <c>${...}</c> with nesting, verbatim; records a command substitution's inside.</summary>
    private string Balanced(char open, char close)
    {
        var start = _pos;
        var depth = 0;
        _pos++;
        while (_pos < _end)
        {
            var c = _text[_pos++];
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (open == '(')
        {
            _substitutions.Add((start + 2, Math.Max(start + 2, _pos - 1)));
        }

        return _text[start.._pos];
    }
}
