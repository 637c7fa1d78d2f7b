using Bulwark.Common;
using Xunit;

namespace Bulwark.Tests.Common;

/// <summary>The vectorised line-start search finds what a character-by-character scan finds.</summary>
public sealed class TextLinesTests
{
    private static readonly string[] Pieces = ["RUN a", "\n", "\r\n", " \\\n", "é", "", "\n\n", "x", "FROM alpine:3.19 AS build", "\t"];

    [Fact]
    public void Line_starts_match_a_plain_scan_for_texts_of_every_shape()
    {
        var random = new Random(11);
        for (var n = 0; n < 500; n++)
        {
            var text = RandomText(random, random.Next(0, 40));
            Assert.Equal(PlainScan(text), TextLines.Starts(text));
        }
    }

    [Fact]
    public void Line_starts_of_texts_longer_than_the_pooled_buffer_match_a_plain_scan()
    {
        // Long texts count their line breaks first instead of renting a buffer; both ways must agree.
        var random = new Random(12);
        var text = RandomText(random, 30_000);
        Assert.True(text.Length > 1 << 16);
        Assert.Equal(PlainScan(text), TextLines.Starts(text));
    }

    private static string RandomText(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static List<int> PlainScan(string text)
    {
        var expected = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                expected.Add(i + 1);
            }
        }

        return expected;
    }
}
