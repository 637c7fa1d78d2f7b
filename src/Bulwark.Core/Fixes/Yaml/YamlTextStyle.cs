using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>
/// How a file indents, detected from its own block collections so inserted lines look like their
/// neighbours: the mapping indentation step (2 or 4), whether sequences are indented under their key,
/// and how far a sequence item's mapping sits after its dash.
/// </summary>
internal sealed record YamlTextStyle(int Step, bool IndentedSequences, int ItemOffset)
{
    public static readonly YamlTextStyle Default = new(2, true, 2);

    public static YamlTextStyle Detect(IEnumerable<YamlNode?> roots)
    {
        int? step = null, itemOffset = null;
        bool? indented = null;
        foreach (var entry in roots.SelectMany(Entries))
        {
            var keyColumn = entry.Key.Span.Start.Column;
            var value = entry.Value;
            // Flow values, values on the key's line and aliases (the anchor's span, elsewhere) say nothing about indentation.
            if (value.IsFlow || value.Span.Start.Line == entry.Key.Span.Start.Line || value.Span.Start.Offset < entry.Key.Span.Start.Offset)
            {
                continue;
            }

            if (value is YamlMapping { Entries.Count: > 0 } && value.Span.Start.Column > keyColumn)
            {
                step ??= value.Span.Start.Column - keyColumn;
            }
            else if (value is YamlSequence { Items.Count: > 0 } seq)
            {
                indented ??= seq.Span.Start.Column > keyColumn;
                if (seq.Items[0] is YamlMapping { IsFlow: false } item && item.Span.Start.Line == seq.Span.Start.Line)
                {
                    itemOffset ??= item.Span.Start.Column - seq.Span.Start.Column;
                }
            }

            if (step is not null && indented is not null && itemOffset is not null)
            {
                break;
            }
        }

        return new YamlTextStyle(
            step is 2 or 3 or 4 ? step.Value : Default.Step,
            indented ?? Default.IndentedSequences,
            itemOffset is >= 2 and <= 4 ? itemOffset.Value : Default.ItemOffset);
    }

    private static IEnumerable<YamlEntry> Entries(YamlNode? node)
    {
        var stack = new Stack<YamlNode>();
        if (node is not null)
        {
            stack.Push(node);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YamlMapping map:
                    foreach (var entry in map.Entries)
                    {
                        yield return entry;
                        stack.Push(entry.Value);
                    }

                    break;
                case YamlSequence seq:
                    foreach (var item in seq.Items)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }
}
