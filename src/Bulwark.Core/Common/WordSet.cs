using System.Collections;

namespace Bulwark.Common;

/// <summary>
/// A fixed set of words, compared ordinally. The rules ask such sets about every command name and
/// word of every RUN, and nearly all of those are not in them: a bit per length and a bit per first
/// character turn most of them away in a few instructions, before the hash set (a hash over the whole
/// word and calls through its comparer) is asked.
/// </summary>
/// <remarks>Filled by a collection initializer, then only read (also from several threads).</remarks>
public sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    // Bit n: a word of length n (n < 63); bit 63: a longer word.
    private ulong _lengths;

    // Bit c of the pair: a word starting with ASCII character c; and whether one starts with any other.
    private ulong _firstsBelow64;
    private ulong _firstsFrom64;
    private bool _nonAsciiFirst;

    public WordSet()
    {
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public void Add(string word)
    {
        _words.Add(word);
        _lengths |= LengthBit(word.Length);
        if (word.Length > 0)
        {
            var first = word[0];
            if (first < 64)
            {
                _firstsBelow64 |= 1UL << first;
            }
            else if (first < 128)
            {
                _firstsFrom64 |= 1UL << (first - 64);
            }
            else
            {
                _nonAsciiFirst = true;
            }
        }
    }

    public bool Contains(string word) => MayContain(word) && _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && _spans.Contains(word);

    /// <summary>The set's own instance of <paramref name="word"/>, if it is in the set.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out string value)
    {
        if (MayContain(word) && _spans.TryGetValue(word, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool MayContain(ReadOnlySpan<char> word) =>
        (_lengths & LengthBit(word.Length)) != 0 && (word.IsEmpty || MayStartWith(word[0]));

    private bool MayStartWith(char first) =>
        first < 64 ? ((_firstsBelow64 >> first) & 1) != 0
        : first < 128 ? ((_firstsFrom64 >> (first - 64)) & 1) != 0
        : _nonAsciiFirst;

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
