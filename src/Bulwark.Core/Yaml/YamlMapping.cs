using Bulwark.Diagnostics;
using YamlDotNet.Core;

namespace Bulwark.Yaml;

/// <summary>One <c>key: value</c> pair, keeping the key node so findings can point at it.</summary>
public sealed record YamlEntry(YamlNode Key, YamlNode Value)
{
    public string? KeyText => (Key as YamlScalar)?.Value;
}

public sealed class YamlMapping : YamlNode
{
    private readonly bool _flow;
    private readonly bool _hasMergeKey;
    private readonly MappingSlot[] _slots;

    // The YamlEntry of each slot (null until made), made on first use and then kept, so an entry
    // and its nodes are the same instances however they are reached. Lookups by key read the
    // slots and make no entry.
    private YamlEntry[]? _entries;
    private bool _allEntries;

    public YamlMapping(IReadOnlyList<YamlEntry> entries, bool flow, SourceSpan span, string? anchor, string? tag)
        : this(span, [.. entries.Select(e => new MappingSlot(e.Key, e.Value))], flow, anchor, tag)
    {
        _entries = [.. entries];
        _allEntries = true;
    }

    internal YamlMapping(SourceSpan span, MappingSlot[] slots, bool flow, string? anchor, string? tag)
        : base(span, anchor, tag)
    {
        _slots = slots;
        _flow = flow;
        foreach (var slot in slots)
        {
            _hasMergeKey |= slot.IsMerge;
        }
    }

    /// <summary>The entries exactly as written, merge keys included.</summary>
    public IReadOnlyList<YamlEntry> Entries
    {
        get
        {
            if (!_allEntries)
            {
                for (var i = 0; i < _slots.Length; i++)
                {
                    EntryAt(i);
                }

                _allEntries = true;
            }

            return _entries ?? [];
        }
    }

    public override bool IsFlow => _flow;

    public YamlNode? this[string key]
    {
        get
        {
            var i = LastExplicit(key);
            return i >= 0 ? _slots[i].Value : ValueInMerged(key);
        }
    }

    /// <summary>
    /// The entry for <paramref name="key"/>: an explicit key wins over one brought in by a YAML merge
    /// key (<c>&lt;&lt;: *defaults</c>), as the merge-key spec says; the last duplicate wins, as
    /// Kubernetes' lenient decoder does.
    /// </summary>
    public YamlEntry? Find(string key)
    {
        var i = LastExplicit(key);
        return i >= 0 ? EntryAt(i) : FindInMerged(key);
    }

    /// <summary>Effective entries: explicit ones plus merged ones not overridden, merge keys removed.</summary>
    public IEnumerable<YamlEntry> EffectiveEntries()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = _slots.Length - 1; i >= 0; i--)
        {
            if (_slots[i].IsMerge || _slots[i].KeyText is not { } k || !seen.Add(k))
            {
                continue;
            }

            yield return EntryAt(i);
        }

        foreach (var merged in MergedMappings())
        {
            foreach (var entry in merged.EffectiveEntries())
            {
                if (entry.KeyText is { } k && seen.Add(k))
                {
                    yield return entry;
                }
            }
        }
    }

    public YamlMapping? Mapping(string key) => this[key] as YamlMapping;

    public YamlSequence? Sequence(string key) => this[key] as YamlSequence;

    public YamlScalar? Scalar(string key) => this[key] as YamlScalar;

    public string? String(string key) => this[key] is YamlScalar { IsNull: false } s ? s.Value : null;

    public bool? Bool(string key) => Scalar(key)?.AsBool();

    private int LastExplicit(string key)
    {
        for (var i = _slots.Length - 1; i >= 0; i--)
        {
            if (_slots[i].KeyText == key && !_slots[i].IsMerge)
            {
                return i;
            }
        }

        return -1;
    }

    private YamlEntry EntryAt(int i)
    {
        var entries = _entries ?? Interlocked.CompareExchange(ref _entries, new YamlEntry[_slots.Length], null) ?? _entries;
        if (entries[i] is { } entry)
        {
            return entry;
        }

        // Two threads may both make the entry; the first one stored is the one everybody keeps.
        var made = new YamlEntry(_slots[i].MakeKey(), _slots[i].Value);
        return Interlocked.CompareExchange(ref entries[i], made, null!) ?? made;
    }

    // Lookups of absent keys are frequent (most optional fields are unset) and would each start
    // this enumerator; without merge keys there is nothing to enumerate.
    private IEnumerable<YamlMapping> MergedMappings() => _hasMergeKey ? MergeKeyValues() : [];

    private IEnumerable<YamlMapping> MergeKeyValues()
    {
        foreach (var slot in _slots)
        {
            if (!slot.IsMerge)
            {
                continue;
            }

            // A merge key's value is an alias or a collection, so it is a node already.
            if (slot.MadeValue is YamlMapping m)
            {
                yield return m;
            }
            else if (slot.MadeValue is YamlSequence s)
            {
                foreach (var item in s.Mappings)
                {
                    yield return item;
                }
            }
        }
    }

    private YamlNode? ValueInMerged(string key)
    {
        foreach (var merged in MergedMappings())
        {
            if (merged[key] is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private YamlEntry? FindInMerged(string key)
    {
        foreach (var merged in MergedMappings())
        {
            if (merged.Find(key) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
