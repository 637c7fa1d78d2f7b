using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>Finds where new keys or items of an existing node go, and at what indentation.</summary>
internal sealed class InsertSites(YamlText text, YamlTextStyle style)
{
    public (InsertSite? Site, string? Failure) For(PathWalk walk, bool appending)
    {
        var parent = walk.Nodes.Count > 1 ? walk.Nodes[^2] : null;
        return walk.Deepest switch
        {
            YamlMapping { IsFlow: true } m when !appending => EmptyFlow(m, walk.DeepestHolder, parent, isList: false),
            YamlMapping m when !appending => (MapEnd(m), null),
            YamlSequence { IsFlow: true } s when appending => EmptyFlow(s, walk.DeepestHolder, parent, isList: true),
            YamlSequence s when appending => SeqEnd(s),
            YamlScalar { IsNull: true } scalar => NullValue(scalar, walk.DeepestHolder, parent, appending),
            YamlScalar => (null, "a scalar is in the way"),
            _ => (null, "the document's shape does not match the path"),
        };
    }

    private InsertSite MapEnd(YamlMapping map) =>
        new(map, text.AfterLine(text.EndOf(map)), map.Span.Start.Column - 1, IsList: false, style.ItemOffset, Clear: null);

    private (InsertSite?, string?) SeqEnd(YamlSequence seq)
    {
        var dash = seq.Span.Start.Offset;
        if (dash >= text.Text.Length || text.Text[dash] != '-' || !text.OnlyBlanksBefore(dash))
        {
            return (null, "unusual sequence layout in the way");
        }

        var first = seq.Items[0];
        var itemOffset = first is YamlMapping { IsFlow: false } && first.Span.Start.Line == seq.Span.Start.Line
            ? first.Span.Start.Column - seq.Span.Start.Column
            : style.ItemOffset;
        return (new InsertSite(seq, text.AfterLine(text.EndOf(seq)), seq.Span.Start.Column - 1, IsList: true, itemOffset, Clear: null), null);
    }

    /// <summary><c>key:</c> with no value (or <c>~</c>/<c>null</c>): the new block goes on the following lines.</summary>
    private (InsertSite?, string?) NullValue(YamlScalar value, YamlEntry? holder, YamlNode? parent, bool isList)
    {
        if (holder is null || parent is not YamlMapping { IsFlow: false })
        {
            return (null, "a null value outside a block mapping is in the way");
        }

        var colon = text.ColonAfter(holder.Key);
        if (colon < 0 || (value.Span.Length > 0 && !text.OnlyBlanks(colon + 1, value.Span.Start.Offset)))
        {
            return (null, "unusual key layout in the way");
        }

        var clear = value.Span.Length > 0 ? new TextEdit(colon + 1, value.Span.End.Offset, string.Empty) : null;
        var end = Math.Max(colon + 1, value.Span.End.Offset);
        return (Below(holder, value, text.AfterLine(end), isList, clear), null);
    }

    /// <summary><c>key: {}</c> or <c>key: []</c>: the brackets go, the new block follows on the next lines.</summary>
    private (InsertSite?, string?) EmptyFlow(YamlNode value, YamlEntry? holder, YamlNode? parent, bool isList)
    {
        var start = value.Span.Start.Offset;
        var end = text.FlowEnd(start);
        var isEmpty = value is YamlMapping { Entries.Count: 0 } or YamlSequence { Items.Count: 0 };
        if (!isEmpty || !text.OnlyBlanks(start + 1, end - 1) || text.HasComment(start, end))
        {
            return (null, "flow-style collection in the way");
        }

        if (holder is null || parent is not YamlMapping { IsFlow: false } || value.Span.Start.Line != holder.Key.Span.Start.Line)
        {
            return (null, "flow-style collection in the way");
        }

        var colon = text.ColonAfter(holder.Key);
        if (colon < 0 || !text.OnlyBlanks(colon + 1, start))
        {
            return (null, "unusual key layout in the way");
        }

        return (Below(holder, value, text.AfterLine(end), isList, new TextEdit(colon + 1, end, string.Empty)), null);
    }

    private InsertSite Below(YamlEntry holder, YamlNode value, int offset, bool isList, TextEdit? clear)
    {
        var keyColumn = holder.Key.Span.Start.Column - 1;
        var indent = keyColumn + (isList && !style.IndentedSequences ? 0 : style.Step);
        return new InsertSite(value, offset, indent, isList, style.ItemOffset, clear);
    }
}
