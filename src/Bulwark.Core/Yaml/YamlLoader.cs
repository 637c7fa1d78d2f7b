using Bulwark.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Scalar = YamlDotNet.Core.Events.Scalar;
using AnchorAlias = YamlDotNet.Core.Events.AnchorAlias;
using Comment = YamlDotNet.Core.Tokens.Comment;

namespace Bulwark.Yaml;

/// <summary>
/// Parses YAML (JSON included, being a YAML subset) once, from YamlDotNet's event stream, into
/// <see cref="YamlNode"/> trees with spans. A syntax error ends the stream, but every document
/// completed before it is kept; duplicate keys are reported and the document is still returned.
/// </summary>
public static class YamlLoader
{
    public static YamlStreamFile Parse(string text)
    {
        var comments = new List<Comment>();
        var documents = new List<YamlDocument>();
        var errors = new List<YamlParseError>();
        var parser = new Parser(new CommentCollectingScanner(new StringReader(text), comments));
        try
        {
            ReadStream(parser, documents, errors);
        }
        catch (YamlException ex)
        {
            errors.Add(new YamlParseError(ToPosition(ex.Start), CleanMessage(ex)));
        }

        return new YamlStreamFile(text, documents, comments.Select(c => ToComment(c, text)).ToList(), errors);
    }

    private static void ReadStream(IParser parser, List<YamlDocument> documents, List<YamlParseError> errors)
    {
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out var start))
        {
            var builder = new TreeBuilder(parser, errors);
            var root = parser.Accept<DocumentEnd>(out _) ? null : builder.ReadNode();
            var end = parser.Consume<DocumentEnd>();
            documents.Add(new YamlDocument(documents.Count, root, new SourceSpan(ToPosition(start.Start), ToPosition(end.End))));
        }

        parser.Consume<StreamEnd>();
    }

    internal static SourcePosition ToPosition(Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index);

    private static YamlComment ToComment(Comment comment, string text)
    {
        var span = new SourceSpan(ToPosition(comment.Start), ToPosition(comment.End));
        return new YamlComment(comment.Value, span, comment.IsInline);
    }

    private static string CleanMessage(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: n, Col: n, Idx: n) - (...): " which we already carry as a position.
        var message = ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>
    /// Builds one document's tree. The trees of a scan live until it ends, and every object that
    /// survives costs each garbage collection, so the builder makes as few as it can: children are
    /// collected on two stacks shared by the whole document and copied out into exactly sized arrays
    /// (one array per collection, no growing list), scalar keys and values stay text until asked for
    /// (<see cref="MappingSlot"/>), and equal scalar strings are shared (<see cref="ScalarStrings"/>).
    /// </summary>
    private sealed class TreeBuilder(IParser parser, List<YamlParseError> errors)
    {
        // Below this many keys a linear scan finds duplicates faster than a HashSet, without allocating one.
        private const int LinearKeyScanLimit = 8;
        private const string MergeKey = "<<";

        private readonly List<MappingSlot> _slots = [];
        private readonly List<YamlNode> _items = [];
        private Dictionary<string, YamlNode>? _anchors;

        public YamlNode ReadNode()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors is not null && _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return Remember(scalar.Anchor, new YamlScalar(
                    ScalarStrings.Share(scalar.Value), scalar.Style, Span(scalar.Start, scalar.End), AnchorName(scalar.Anchor), TagName(scalar.Tag)));
            }

            if (parser.TryConsume<SequenceStart>(out var seq))
            {
                return ReadSequence(seq);
            }

            var map = parser.Consume<MappingStart>();
            return ReadMapping(map);
        }

        private YamlSequence ReadSequence(SequenceStart start)
        {
            var first = _items.Count;
            while (!parser.Accept<SequenceEnd>(out _))
            {
                _items.Add(ReadNode());
            }

            var items = PopFrom(_items, first);
            var end = parser.Consume<SequenceEnd>();
            var last = items.Length > 0 ? items[^1].Span.End : (SourcePosition?)null;
            var node = new YamlSequence(items, start.Style == SequenceStyle.Flow, new SourceSpan(ToPosition(start.Start), EndOf(end, last)), AnchorName(start.Anchor), TagName(start.Tag));
            return Remember(start.Anchor, node);
        }

        private YamlMapping ReadMapping(MappingStart start)
        {
            var first = _slots.Count;
            HashSet<string>? keys = null;
            while (!parser.Accept<MappingEnd>(out _))
            {
                var slot = ReadEntry();
                if (slot.KeyText is { } k and not MergeKey && IsDuplicate(k, first, ref keys))
                {
                    errors.Add(new YamlParseError(slot.KeySpan.Start, $"duplicate mapping key '{k}'"));
                }

                _slots.Add(slot);
            }

            var slots = PopFrom(_slots, first);
            var end = parser.Consume<MappingEnd>();
            var last = slots.Length > 0 ? slots[^1].ValueSpan.End : (SourcePosition?)null;
            var node = new YamlMapping(new SourceSpan(ToPosition(start.Start), EndOf(end, last)), slots, start.Style == MappingStyle.Flow, AnchorName(start.Anchor), TagName(start.Tag));
            return Remember(start.Anchor, node);
        }

        private MappingSlot ReadEntry()
        {
            var key = ReadPart();
            return new MappingSlot(key, ReadPart());
        }

        /// <summary>A scalar without anchor or tag stays text until asked for (<see cref="MappingSlot"/>); anything else is read as a node.</summary>
        private MappingSlot.Part ReadPart()
        {
            if (parser.Accept<Scalar>(out var scalar) && scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty)
            {
                parser.MoveNext();
                return new MappingSlot.Part(ScalarStrings.Share(scalar.Value), scalar.Style, Span(scalar.Start, scalar.End));
            }

            return MappingSlot.Part.Of(ReadNode());
        }

        /// <summary>
        /// Whether <paramref name="key"/> is already a key of the mapping whose slots start at
        /// <paramref name="first"/> on the stack. Small mappings (nearly all of them) are scanned; a
        /// set is built only once a mapping grows past <see cref="LinearKeyScanLimit"/> keys.
        /// </summary>
        private bool IsDuplicate(string key, int first, ref HashSet<string>? keys)
        {
            if (keys is null && _slots.Count - first < LinearKeyScanLimit)
            {
                for (var i = first; i < _slots.Count; i++)
                {
                    if (_slots[i].KeyText == key)
                    {
                        return true;
                    }
                }

                return false;
            }

            if (keys is null)
            {
                keys = new HashSet<string>(StringComparer.Ordinal);
                for (var i = first; i < _slots.Count; i++)
                {
                    if (_slots[i].KeyText is { } k and not MergeKey)
                    {
                        keys.Add(k);
                    }
                }
            }

            return !keys.Add(key);
        }

        /// <summary>The children from <paramref name="first"/> on, removed from the shared stack.</summary>
        private static T[] PopFrom<T>(List<T> stack, int first)
        {
            var count = stack.Count - first;
            if (count == 0)
            {
                return [];
            }

            var children = new T[count];
            stack.CopyTo(first, children, 0, count);
            stack.RemoveRange(first, count);
            return children;
        }

        // Block collections end where their next sibling begins; clip to the last child instead so a
        // span never swallows trailing comments or blank lines.
        private static SourcePosition EndOf(ParsingEvent end, SourcePosition? lastChildEnd) =>
            lastChildEnd is { } last && end.Start.Index >= last.Offset && end.Start.Index == end.End.Index
                ? last
                : ToPosition(end.End);

        private static SourceSpan Span(Mark start, Mark end) => new(ToPosition(start), ToPosition(end));

        private static string? AnchorName(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static string? TagName(TagName tag) => tag.IsEmpty ? null : tag.Value;

        private T Remember<T>(AnchorName anchor, T node)
            where T : YamlNode
        {
            if (!anchor.IsEmpty)
            {
                _anchors ??= new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                _anchors[anchor.Value] = node;
            }

            return node;
        }
    }
}
