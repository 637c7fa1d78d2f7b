using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>
/// The edits of one pass over one file: accepts a fix only when all its edits fit beside those already
/// accepted (no overlapping ranges, no removal from a collection another edit also changes). Adds to
/// the same node merge into one block. A fix that does not fit waits for the next pass.
/// </summary>
internal sealed class YamlEditPlan
{
    private readonly List<RangeIntent> _ranges = [];
    private readonly Dictionary<YamlNode, InsertGroup> _inserts = new(ReferenceEqualityComparer.Instance);

    public bool TryAdd(IReadOnlyList<EditIntent> intents)
    {
        var ranges = new List<RangeIntent>();
        var inserts = new Dictionary<YamlNode, InsertGroup>(ReferenceEqualityComparer.Instance);
        foreach (var intent in intents)
        {
            var fits = intent switch
            {
                RangeIntent range => FitsRange(range, ranges) && Remember(ranges, range),
                InsertIntent insert => FitsInsert(insert, ranges, inserts),
                _ => false,
            };
            if (!fits)
            {
                return false;
            }
        }

        _ranges.AddRange(ranges);
        foreach (var (node, group) in inserts)
        {
            _inserts[node] = group;
        }

        return true;
    }

    public List<TextEdit> Render(YamlBlockWriter writer, YamlText text)
    {
        var edits = _ranges.Select(r => r.Edit).ToList();
        // Blocks at one offset close nested collections: the innermost (latest-starting) node's lines go first.
        var blocks = _inserts.Values.OrderBy(g => g.Site.Offset).ThenByDescending(g => g.Site.Parent.Span.Start.Offset);
        edits.AddRange(blocks.SelectMany(g => g.Render(writer, text.Text, text.NewLine)));
        return edits;
    }

    private static bool Remember(List<RangeIntent> ranges, RangeIntent range)
    {
        ranges.Add(range);
        return true;
    }

    private bool FitsRange(RangeIntent range, List<RangeIntent> pending) =>
        _ranges.Concat(pending).All(r => !r.Edit.Overlaps(range.Edit) && (range.Claim is null || !ReferenceEquals(r.Claim, range.Claim)))
        && _inserts.Values.All(g => Compatible(g.Site, range));

    private bool FitsInsert(InsertIntent insert, List<RangeIntent> pending, Dictionary<YamlNode, InsertGroup> groups)
    {
        if (!_ranges.Concat(pending).All(r => Compatible(insert.Site, r)))
        {
            return false;
        }

        var planned = groups.GetValueOrDefault(insert.Site.Parent) ?? _inserts.GetValueOrDefault(insert.Site.Parent);
        var merged = planned is null ? new InsertGroup(insert.Site, insert.Fragment) : planned.Merge(insert.Fragment);
        if (merged is null || (planned is null && insert.Site.Clear is { } clear && _ranges.Concat(pending).Any(r => r.Edit.Overlaps(clear))))
        {
            return false;
        }

        groups[insert.Site.Parent] = merged;
        return true;
    }

    /// <summary>An insert cannot land inside edited text, nor in (or under) a collection an edit removes from.</summary>
    private static bool Compatible(InsertSite site, RangeIntent range)
    {
        var edit = range.Edit;
        if ((site.Offset > edit.Start && site.Offset < edit.End) || (site.Clear is { } clear && clear.Overlaps(edit)))
        {
            return false;
        }

        if (range.Claim is not { } claim)
        {
            return true;
        }

        var at = site.Parent.Span.Start.Offset;
        return !ReferenceEquals(site.Parent, claim) && !(at >= claim.Span.Start.Offset && at <= Math.Max(claim.Span.End.Offset, edit.End));
    }
}
