namespace Bulwark.Fixes.Yaml;

/// <summary>All the keys or items a pass adds to one node, merged so they go in as one block.</summary>
internal sealed record InsertGroup(InsertSite Site, FixValue Fragment)
{
    /// <summary>The merged group, or null when <paramref name="fragment"/> contradicts what is already planned.</summary>
    public InsertGroup? Merge(FixValue fragment) =>
        MergeValues(Fragment, fragment) is { } merged ? this with { Fragment = merged } : null;

    public IEnumerable<TextEdit> Render(YamlBlockWriter writer, string text, string newLine)
    {
        if (Site.Clear is { } clear)
        {
            yield return clear;
        }

        var lines = Fragment is FixList list
            ? writer.ListItems(list, Site.Indent, Site.ItemOffset)
            : writer.MapEntries((FixMap)Fragment, Site.Indent);
        var block = string.Join(newLine, lines);
        var atEndWithoutNewline = Site.Offset == text.Length && text.Length > 0 && text[^1] != '\n';
        yield return new TextEdit(Site.Offset, Site.Offset, atEndWithoutNewline ? newLine + block : block + newLine);
    }

    private static FixValue? MergeValues(FixValue planned, FixValue added)
    {
        switch (planned, added)
        {
            case (FixMap a, FixMap b):
                var result = a;
                foreach (var (key, value) in b.Entries)
                {
                    var merged = a[key] is { } existing ? MergeValues(existing, value) : value;
                    if (merged is null)
                    {
                        return null;
                    }

                    result = result.With(key, merged);
                }

                return result;
            case (FixList a, FixList b):
                return new FixList([.. a.Items, .. b.Items.Where(item => !a.Items.Any(i => i.SemanticEquals(item)))]);
            default:
                return planned.SemanticEquals(added) ? planned : null;
        }
    }
}
