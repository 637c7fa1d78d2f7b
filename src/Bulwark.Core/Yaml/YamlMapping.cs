using Bulwark.Diagnostics;

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

    public YamlMapping(IReadOnlyList<YamlEntry> entries, bool flow, SourceSpan span, string? anchor, string? tag)
        : base(span, anchor, tag)
    {
        Entries = entries;
        _flow = flow;
    }

    /// <summary>The entries exactly as written, merge keys included.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    public override bool IsFlow => _flow;

    public YamlNode? this[string key] => Find(key)?.Value;

    /// <summary>
    /// The entry for <paramref name="key"/>: an explicit key wins over one brought in by a YAML merge
    /// key (<c>&lt;&lt;: *defaults</c>), as the merge-key spec says; the last duplicate wins, as
    /// Kubernetes' lenient decoder does.
    /// </summary>
    public YamlEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (Entries[i].KeyText == key && !IsMerge(Entries[i]))
            {
                return Entries[i];
            }
        }

        return FindInMerged(key);
    }

    /// <summary>Effective entries: explicit ones plus merged ones not overridden, merge keys removed.</summary>
    public IEnumerable<YamlEntry> EffectiveEntries()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries.Reverse())
        {
            if (IsMerge(entry) || entry.KeyText is not { } k || !seen.Add(k))
            {
                continue;
            }

            yield return entry;
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

    private static bool IsMerge(YamlEntry entry) => entry.Key is YamlScalar { Value: MergeKey, IsPlain: true };

    private IEnumerable<YamlMapping> MergedMappings()
    {
        foreach (var entry in Entries)
        {
            if (!IsMerge(entry))
            {
                continue;
            }

            if (entry.Value is YamlMapping m)
            {
                yield return m;
            }
            else if (entry.Value is YamlSequence s)
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
