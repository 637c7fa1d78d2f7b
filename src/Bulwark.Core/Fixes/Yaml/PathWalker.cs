using System.Globalization;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>
/// The nodes along a path, as far as it exists: <see cref="Nodes"/>[i] is the node after i segments and
/// <see cref="Holders"/>[i] the mapping entry that holds it (null for sequence items and the root).
/// </summary>
internal sealed record PathWalk(IReadOnlyList<YamlNode> Nodes, IReadOnlyList<YamlEntry?> Holders, string? Failure)
{
    /// <summary>How many segments exist.</summary>
    public int Matched => Nodes.Count - 1;

    public YamlNode Deepest => Nodes[^1];

    public YamlEntry? DeepestHolder => Holders[^1];
}

/// <summary>
/// Follows a path through the YAML tree. Refuses anchored nodes (an edit would change every alias of
/// them) and values reached through an alias or a merge key (their text is elsewhere).
/// </summary>
internal static class PathWalker
{
    public static PathWalk Walk(YamlMapping root, FixPath path)
    {
        var nodes = new List<YamlNode> { root };
        var holders = new List<YamlEntry?> { null };
        foreach (var segment in path.Segments)
        {
            var node = nodes[^1];
            if (node.Anchor is { } anchor)
            {
                return new PathWalk(nodes, holders, $"anchor &{anchor} in the way (an edit would change its aliases too)");
            }

            var (child, holder, failure) = Step(node, segment);
            if (failure is not null || child is null)
            {
                return new PathWalk(nodes, holders, failure);
            }

            nodes.Add(child);
            holders.Add(holder);
        }

        return nodes[^1].Anchor is { } last
            ? new PathWalk(nodes, holders, $"anchor &{last} in the way (an edit would change its aliases too)")
            : new PathWalk(nodes, holders, null);
    }

    private static (YamlNode? Child, YamlEntry? Holder, string? Failure) Step(YamlNode node, string segment)
    {
        switch (node)
        {
            case YamlMapping map:
                var entry = map.Find(segment);
                if (entry is null)
                {
                    return (null, null, null);
                }

                return IsOwn(entry, map) ? (entry.Value, entry, null) : (null, null, "alias or merge key (<<) in the way");
            case YamlSequence seq when segment == FixPath.Append:
                return (null, null, null);
            case YamlSequence seq:
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= seq.Count)
                {
                    return (null, null, $"no item {segment} in the sequence");
                }

                var item = seq.Items[index];
                var previousEnd = index == 0 ? seq.Span.Start.Offset : seq.Items[index - 1].Span.End.Offset;
                return item.Span.Start.Offset >= previousEnd ? (item, null, null) : (null, null, "alias in the way");
            default:
                return (null, null, null);
        }
    }

    // One of the mapping's own entries, not one a merge key brings in (its text is elsewhere). Not judged
    // by spans: a mapping ending in an alias (`logging: *logging`) has its span cut at the anchor's end.
    private static bool IsOwn(YamlEntry entry, YamlMapping map) => map.Entries.Any(e => ReferenceEquals(e, entry));
}
