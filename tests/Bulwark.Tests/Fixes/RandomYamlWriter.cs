using System.Text;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// The seeded style and comment sprinkling shared by the random file writers of the comment property
/// tests: 2 or 4 space indentation, indented or indentless sequences, LF or CRLF, and full-line and
/// inline comments on a quarter of the lines each.
/// </summary>
internal abstract class RandomYamlWriter(int seed)
{
    private readonly StringBuilder _text = new();
    private int _comments;

    protected int Seed { get; } = seed;

    protected Random Random { get; } = new(seed);

    protected int Step { get; } = seed % 2 == 0 ? 2 : 4;

    protected bool Indentless { get; } = seed % 3 == 0;

    protected string Text => _text.ToString();

    private string NewLine { get; } = seed % 5 == 0 ? "\r\n" : "\n";

    protected void Maybe(Action write)
    {
        if (Random.Next(2) == 0)
        {
            write();
        }
    }

    protected void Line(int indent, string content)
    {
        if (Random.Next(4) == 0)
        {
            _text.Append(' ', Random.Next(0, indent + 1)).Append("# note ").Append(_comments++).Append(NewLine);
        }

        _text.Append(' ', indent).Append(content);
        if (Random.Next(4) == 0)
        {
            _text.Append("  # why ").Append(_comments++);
        }

        _text.Append(NewLine);
    }
}
