using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>
/// The text to delete to remove an entry or item: its whole lines; for the only entry of a collection,
/// the collection becomes <c>{}</c>/<c>[]</c> so the parent keeps its type. A comment line inside the
/// removed text is in the way; an inline comment on a removed line goes with its line.
/// </summary>
internal sealed class RemovalRanges(YamlText text)
{
    public (TextEdit? Edit, string? Failure) Entry(YamlMapping map, YamlEntry entry, YamlEntry? mapHolder)
    {
        if (map.Entries.Any(e => e.Key is YamlScalar { Value: "<<", IsPlain: true }))
        {
            return (null, "merge key (<<) in the way");
        }

        if (map.Entries.Count == 1)
        {
            return Collapse(map, mapHolder, "{}");
        }

        var key = entry.Key.Span.Start.Offset;
        if (text.OnlyBlanksBefore(key))
        {
            return Lines(text.LineStart(key), text.AfterLine(text.EndOf(entry.Value)));
        }

        // `- first: x` shares its line with the dash: remove up to the next key instead.
        return ReferenceEquals(map.Entries[0], entry)
            ? Lines(key, map.Entries[1].Key.Span.Start.Offset)
            : (null, "unusual mapping layout in the way");
    }

    public (TextEdit? Edit, string? Failure) Item(YamlSequence seq, YamlNode item, YamlEntry? seqHolder)
    {
        if (seq.Count == 1)
        {
            return Collapse(seq, seqHolder, "[]");
        }

        var dash = item.Span.Start.Offset - 1;
        while (dash >= 0 && text.Text[dash] == ' ')
        {
            dash--;
        }

        if (dash < 0 || text.Text[dash] != '-' || !text.OnlyBlanksBefore(dash))
        {
            return (null, "unusual sequence layout in the way");
        }

        return Lines(text.LineStart(dash), text.AfterLine(text.EndOf(item)));
    }

    private (TextEdit?, string?) Lines(int start, int end) =>
        text.HasComment(start, end, allowInline: true)
            ? (null, "comment in the way")
            : (new TextEdit(start, end, string.Empty), null);

    private (TextEdit?, string?) Collapse(YamlNode collection, YamlEntry? holder, string empty)
    {
        if (holder is null)
        {
            return (null, "removing the last entry of a sequence item is not supported");
        }

        var colon = text.ColonAfter(holder.Key);
        var end = text.EndOf(collection);
        if (colon < 0)
        {
            return (null, "unusual key layout in the way");
        }

        return text.HasComment(colon + 1, end)
            ? (null, "comment in the way")
            : (new TextEdit(colon + 1, end, " " + empty), null);
    }
}
