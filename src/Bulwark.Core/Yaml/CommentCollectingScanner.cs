using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Bulwark.Yaml;

/// <summary>
/// Feeds YamlDotNet's <see cref="Parser"/> every token except comments, which it records aside.
/// The parser rejects valid YAML when it receives Comment tokens at an indentation other than the
/// enclosing block's (measured on 26 corpus files); a scanner that skips comments parses them all,
/// so the comments are scanned but kept out of the parser's way.
/// </summary>
public sealed class CommentCollectingScanner : IScanner
{
    private readonly Scanner _inner;
    private readonly List<Comment> _comments;

    public CommentCollectingScanner(TextReader reader, List<Comment> comments)
    {
        _inner = new Scanner(reader, skipComments: false);
        _comments = comments;
    }

    public Mark CurrentPosition => _inner.CurrentPosition;

    public Token? Current => _inner.Current;

    public bool MoveNext()
    {
        while (_inner.MoveNext())
        {
            if (_inner.Current is Comment comment)
            {
                _comments.Add(comment);
                continue;
            }

            return true;
        }

        return false;
    }

    public bool MoveNextWithoutConsuming()
    {
        while (_inner.MoveNextWithoutConsuming())
        {
            if (_inner.Current is Comment comment)
            {
                _comments.Add(comment);
                _inner.ConsumeCurrent();
                continue;
            }

            return true;
        }

        return false;
    }

    public void ConsumeCurrent() => _inner.ConsumeCurrent();
}
