using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>Offsets in YAML source text: line boundaries, the real end of flow collections, comments in a range.</summary>
internal sealed class YamlText(string text, IReadOnlyList<YamlComment> comments)
{
    public string Text { get; } = text;

    public string NewLine { get; } = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    public int LineStart(int offset) => offset == 0 ? 0 : Text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>The offset just after the line break of the line holding <paramref name="offset"/> (or the text's end).</summary>
    public int AfterLine(int offset)
    {
        if (offset > 0 && offset <= Text.Length && Text[offset - 1] == '\n')
        {
            return offset;
        }

        var newline = Text.IndexOf('\n', offset);
        return newline < 0 ? Text.Length : newline + 1;
    }

    public bool OnlyBlanksBefore(int offset)
    {
        var start = LineStart(offset);
        return Text.AsSpan(start, offset - start).Trim(' ').IsEmpty;
    }

    public bool OnlyBlanks(int start, int end) => start <= end && Text.AsSpan(start, end - start).Trim(" \t").IsEmpty;

    /// <summary>The offset of the ':' that follows a mapping key, or -1.</summary>
    public int ColonAfter(YamlNode key)
    {
        var at = key.Span.End.Offset;
        while (at < Text.Length && Text[at] is ' ' or '\t')
        {
            at++;
        }

        return at < Text.Length && Text[at] == ':' ? at : -1;
    }

    /// <summary>Where a node's text really ends: the loader clips collection spans, and flow ones lose their bracket.</summary>
    public int EndOf(YamlNode node) => node switch
    {
        { IsFlow: true } => FlowEnd(node.Span.Start.Offset),
        YamlMapping { Entries.Count: > 0 } m => Math.Max(node.Span.End.Offset, ValueEnd(m.Entries[^1])),
        YamlSequence { Items.Count: > 0 } s => Math.Max(node.Span.End.Offset, ItemsEnd(s)),
        _ => node.Span.End.Offset,
    };

    /// <summary>
    /// An alias is the anchored node itself, with the anchor's span earlier in the text (a compose
    /// service ending in <c>logging: *logging</c>); its own text is the <c>*name</c> token after the key.
    /// </summary>
    private int ValueEnd(YamlEntry entry) =>
        entry.Value.Span.Start.Offset < entry.Key.Span.End.Offset ? AliasEnd(entry.Key.Span.End.Offset) : EndOf(entry.Value);

    private int ItemsEnd(YamlSequence seq)
    {
        var end = seq.Span.Start.Offset;
        foreach (var item in seq.Items)
        {
            end = item.Span.Start.Offset < end ? AliasEnd(end) : EndOf(item);
        }

        return end;
    }

    /// <summary>The end of the first alias token (<c>*name</c>) at or after <paramref name="from"/>, skipping comments.</summary>
    private int AliasEnd(int from)
    {
        var i = from;
        while (i < Text.Length && Text[i] != '*')
        {
            var newline = Text[i] == '#' ? Text.IndexOf('\n', i) : i;
            i = newline < 0 ? Text.Length : newline + 1;
        }

        while (i < Text.Length && !char.IsWhiteSpace(Text[i]) && Text[i] is not (',' or ']' or '}'))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when a comment starts in [start, end); inline comments are allowed when <paramref name="allowInline"/>.</summary>
    public bool HasComment(int start, int end, bool allowInline = false) =>
        comments.Any(c => c.Span.Start.Offset >= start && c.Span.Start.Offset < end && !(allowInline && c.IsInline));

    /// <summary>The offset just past the bracket closing the flow collection that opens at <paramref name="start"/>.</summary>
    public int FlowEnd(int start)
    {
        var depth = 0;
        for (var i = start; i < Text.Length; i++)
        {
            switch (Text[i])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '"' or '\'':
                    i = QuoteEnd(i);
                    break;
            }
        }

        return Text.Length;
    }

    private int QuoteEnd(int open)
    {
        var quote = Text[open];
        for (var i = open + 1; i < Text.Length; i++)
        {
            if (quote == '"' && Text[i] == '\\')
            {
                i++;
            }
            else if (Text[i] == quote && !(quote == '\'' && i + 1 < Text.Length && Text[i + 1] == '\''))
            {
                return i;
            }
            else if (quote == '\'' && Text[i] == '\'')
            {
                i++;
            }
        }

        return Text.Length;
    }
}
