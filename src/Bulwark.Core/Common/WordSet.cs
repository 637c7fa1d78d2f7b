using System.Collections;

namespace Bulwark.Common;

/// <summary>
/// A fixed set of words, compared ordinally. The rules ask such sets about every command name and
/// word of every RUN, and nearly all of those are not in them: a bit per length and a bit per first
/// and last character turn most of them away in a few instructions, before the hash set (a hash over
/// the whole word and calls through its comparer) is asked.
/// </summary>
/// <remarks>Filled by a collection initializer, then only read (also from several threads).</remarks>
public sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    // Bit n: a word of length n (n < 63); bit 63: a longer word.
    private ulong _lengths;

    // Words' first and last characters: a bit per ASCII character, and whether any is another.
    private CharMask _firsts;
    private CharMask _lasts;

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
            _firsts.Add(word[0]);
            _lasts.Add(word[^1]);
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
        (_lengths & LengthBit(word.Length)) != 0 && (word.IsEmpty || (_firsts.Has(word[0]) && _lasts.Has(word[^1])));

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A set of characters: one bit per ASCII character, one flag for all others.</summary>
    private struct CharMask
    {
        private ulong _below64;
        private ulong _from64;
        private bool _nonAscii;

        public void Add(char c)
        {
            if (c < 64)
            {
                _below64 |= 1UL << c;
            }
            else if (c < 128)
            {
                _from64 |= 1UL << (c - 64);
            }
            else
            {
                _nonAscii = true;
            }
        }

        public readonly bool Has(char c) =>
            c < 64 ? ((_below64 >> c) & 1) != 0
            : c < 128 ? ((_from64 >> (c - 64)) & 1) != 0
            : _nonAscii;
    }
}
