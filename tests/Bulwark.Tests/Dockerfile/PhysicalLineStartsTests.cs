using Bulwark.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>The vectorised line-start search finds what a character-by-character scan finds.</summary>
public sealed class PhysicalLineStartsTests
{
    [Fact]
    public void Line_starts_match_a_plain_scan_for_texts_of_every_shape()
    {
        var random = new Random(11);
        string[] pieces = ["RUN a", "\n", "\r\n", " \\\n", "é", "", "\n\n", "x", "FROM alpine:3.19 AS build", "\t"];
        for (var n = 0; n < 500; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    expected.Add(i + 1);
                }
            }

            Assert.Equal(expected, PhysicalLines.FindLineStarts(text));
        }
    }
}
