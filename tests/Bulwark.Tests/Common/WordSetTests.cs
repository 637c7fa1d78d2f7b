using Bulwark.Common;
using Xunit;

namespace Bulwark.Tests.Common;

/// <summary>A word set answers as an ordinal hash set does; its length and first- and last-letter filters only make "no" quicker.</summary>
public sealed class WordSetTests
{
    private static readonly string[] Members = ["sudo", "doas", "apt-get", "", "-", "é-word", "a-very-long-word-longer-than-sixty-three-characters-to-reach-the-last-length-bit"];

    [Fact]
    public void Every_member_and_no_other_word_is_found()
    {
        WordSet set = [.. Members];
        var reference = new HashSet<string>(Members, StringComparer.Ordinal);
        string[] others =
        [
            "Sudo", "sud", "sudoo", "apt", "apt-get ", "é", "-x", "a-very-long-word-longer-than-sixty-three-characters-to-reach-the-last-length-bix", "dnf", "\u0100",
            "sudx", "doaz", "apt-gex", "é-woré", "sud\u0101", "dooo",
        ];

        foreach (var word in Members.Concat(others))
        {
            Assert.Equal(reference.Contains(word), set.Contains(word));
            Assert.Equal(reference.Contains(word), set.Contains(word.AsSpan()));
            Assert.Equal(reference.Contains(word), set.TryGetValue(word.AsSpan(), out var found));
            if (reference.Contains(word))
            {
                Assert.Same(Members.First(m => m == word), found);
            }
        }

        Assert.Equal(Members.Length, set.Count);
        Assert.Equal(reference.Order(StringComparer.Ordinal), set.Order(StringComparer.Ordinal));
    }
}
