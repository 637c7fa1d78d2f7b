using Bulwark.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>Positions are right in any order of asking (the index remembers the last line as a hint).</summary>
public sealed class LineIndexTests
{
    private const string Text = "FROM alpine\n\nRUN a \\\n  b\n\n\nUSER 1000\nlast line without newline";

    [Fact]
    public void Every_offset_in_order_then_backwards_then_at_random_has_its_line_and_column()
    {
        var index = new LineIndex(Text);
        var offsets = Enumerable.Range(0, Text.Length + 1).ToList();
        var random = new Random(5);

        foreach (var offset in offsets.Concat(Enumerable.Reverse(offsets)).Concat(offsets.OrderBy(_ => random.Next())))
        {
            var position = index.Position(offset);
            Assert.Equal(Expected(offset), (position.Line, position.Column));
        }
    }

    [Fact]
    public void Offsets_beyond_the_text_are_clamped_to_its_ends()
    {
        var index = new LineIndex(Text);

        Assert.Equal(Expected(0), (index.Position(-5).Line, index.Position(-5).Column));
        Assert.Equal(Expected(Text.Length), (index.Position(Text.Length + 9).Line, index.Position(Text.Length + 9).Column));
    }

    private static (int Line, int Column) Expected(int offset)
    {
        var before = Text[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
