using System.Text;

namespace Bulwark.DockerRun;

/// <summary>
/// Splits shell text into words and command separators the way a POSIX shell does before
/// expansion: quotes, backslash escapes, backslash-newline continuations and comments. Command
/// substitutions (<c>$(...)</c>, backticks) stay inside their word, and their inner ranges are
/// returned so callers can look for commands inside them too (<c>ID=$(docker run -d ...)</c>).
/// </summary>
public sealed partial class ShellLexer
{
    private readonly string _text;
    private readonly int _end;
    private readonly List<ShellToken> _tokens = [];
    private readonly List<(int Start, int End)> _substitutions = [];
    private int _pos;

    private ShellLexer(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    public static (List<ShellToken> Tokens, List<(int Start, int End)> Substitutions) Lex(string text, int start = 0, int? end = null)
    {
        var lexer = new ShellLexer(text, start, end ?? text.Length);
        lexer.Run();
        return (lexer._tokens, lexer._substitutions);
    }

    private void Run()
    {
        while (_pos < _end)
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
            else if (c is '\n' or ';' or '&' or '|' or '(' or ')')
            {
                Separator();
            }
            else
            {
                Word();
            }
        }
    }

    private void SkipComment()
    {
        while (_pos < _end && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void Separator()
    {
        var start = _pos;
        var c = _text[_pos++];
        if (c is '&' or '|' && Peek(0) == c)
        {
            _pos++;
        }

        _tokens.Add(new ShellToken(_text[start.._pos], start, _pos, IsSeparator: true));
    }

    private void Word()
    {
        var start = _pos;
        var word = new StringBuilder();
        while (_pos < _end && !IsWordEnd(_text[_pos]))
        {
            ReadPart(word);
        }

        _tokens.Add(new ShellToken(word.ToString(), start, _pos));
    }

    private static bool IsWordEnd(char c) => c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')';

    private char Peek(int ahead) => _pos + ahead < _end ? _text[_pos + ahead] : '\0';
}
