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
    private const string MergeKey = "<<";
    private readonly bool _flow;
    private readonly MappingSlot[] _slots;

    // The YamlEntry of each slot (null until made), made on first use and then kept, so an entry
    // and its key node are the same instances however they are reached. Lookups by key read the
    // slots and make none.
    private YamlEntry[]? _entries;
    private bool _allEntries;

    public YamlMapping(IReadOnlyList<YamlEntry> entries, bool flow, SourceSpan span, string? anchor, string? tag)
        : this(span, [.. entries.Select(e => MappingSlot.Of(e.Key, e.Value))], flow, anchor, tag)
    {
        _entries = [.. entries];
        _allEntries = true;
    }

    internal YamlMapping(SourceSpan span, MappingSlot[] slots, bool flow, string? anchor, string? tag)
        : base(span, anchor, tag)
    {
        _slots = slots;
        _flow = flow;
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

    public YamlNode? this[string key] => FindSlot(key) is { } slot ? slot.Value : null;

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

    /// <summary>What <see cref="Find"/> finds, without making entry objects for it.</summary>
    private MappingSlot? FindSlot(string key)
    {
        var i = LastExplicit(key);
        if (i >= 0)
        {
            return _slots[i];
        }

        foreach (var merged in MergedMappings())
        {
            if (merged.FindSlot(key) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private YamlEntry EntryAt(int i)
    {
        var entries = _entries ?? Interlocked.CompareExchange(ref _entries, new YamlEntry[_slots.Length], null) ?? _entries;
        if (entries[i] is { } entry)
        {
            return entry;
        }

        // Two threads may both make the entry; the first one stored is the one everybody keeps.
        var made = _slots[i].ToEntry();
        return Interlocked.CompareExchange(ref entries[i], made, null!) ?? made;
    }

    private IEnumerable<YamlMapping> MergedMappings()
    {
        foreach (var slot in _slots)
        {
            if (!slot.IsMerge)
            {
                continue;
            }

            if (slot.Value is YamlMapping m)
            {
                yield return m;
            }
            else if (slot.Value is YamlSequence s)
            {
                foreach (var item in s.Mappings)
                {
                    yield return item;
                }
            }
        }
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

/// <summary>
/// One entry of a <see cref="YamlMapping"/> as the loader keeps it. Nearly every key is a plain
/// scalar without anchor or tag; such a key is kept as its text, span and style, and its
/// <see cref="YamlScalar"/> node is made only when someone asks for the entry. That leaves a
/// mapping as one node and one array instead of three objects per entry, and the trees of a scan
/// live until it ends, where every object costs each garbage collection.
/// </summary>
internal readonly struct MappingSlot
{
    private readonly YamlNode? _keyNode;
    private readonly SourceSpan _keySpan;
    private readonly ScalarStyle _keyStyle;

    private MappingSlot(YamlNode? keyNode, string? keyText, SourceSpan keySpan, ScalarStyle keyStyle, YamlNode value)
    {
        _keyNode = keyNode;
        KeyText = keyText;
        _keySpan = keySpan;
        _keyStyle = keyStyle;
        Value = value;
    }

    /// <summary>The key's text when the key is a scalar, as <see cref="YamlEntry.KeyText"/>.</summary>
    public string? KeyText { get; }

    public YamlNode Value { get; }

    public SourceSpan KeySpan => _keyNode?.Span ?? _keySpan;

    /// <summary>A YAML merge key: a plain <c>&lt;&lt;</c>.</summary>
    public bool IsMerge => KeyText == "<<" && _keyStyle == ScalarStyle.Plain;

    /// <summary>A plain-scalar key kept as text; its node is made by <see cref="ToEntry"/>.</summary>
    public static MappingSlot Scalar(string text, ScalarStyle style, SourceSpan span, YamlNode value) =>
        new(null, text, span, style, value);

    /// <summary>A key that already is a node (anchored, tagged, an alias, a collection).</summary>
    public static MappingSlot Of(YamlNode key, YamlNode value) =>
        key is YamlScalar s
            ? new MappingSlot(key, s.Value, default, s.Style, value)
            : new MappingSlot(key, null, default, default, value);

    public YamlEntry ToEntry() =>
        new(_keyNode ?? new YamlScalar(KeyText!, _keyStyle, _keySpan, null, null), Value);
}
