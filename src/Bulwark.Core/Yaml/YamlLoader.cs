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

    private sealed class TreeBuilder(IParser parser, List<YamlParseError> errors)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

        public YamlNode ReadNode()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return Remember(scalar.Anchor, new YamlScalar(
                    scalar.Value, scalar.Style, Span(scalar.Start, scalar.End), AnchorName(scalar.Anchor), TagName(scalar.Tag)));
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
            var items = new List<YamlNode>();
            while (!parser.Accept<SequenceEnd>(out _))
            {
                items.Add(ReadNode());
            }

            var end = parser.Consume<SequenceEnd>();
            var node = new YamlSequence(items, start.Style == SequenceStyle.Flow, Span(start.Start, EndOf(end, items)), AnchorName(start.Anchor), TagName(start.Tag));
            return Remember(start.Anchor, node);
        }

        private YamlMapping ReadMapping(MappingStart start)
        {
            var entries = new List<YamlEntry>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.Accept<MappingEnd>(out _))
            {
                var key = ReadNode();
                var value = ReadNode();
                if (key is YamlScalar { Value: var k and not "<<" } && !keys.Add(k))
                {
                    errors.Add(new YamlParseError(key.Span.Start, $"duplicate mapping key '{k}'"));
                }

                entries.Add(new YamlEntry(key, value));
            }

            var end = parser.Consume<MappingEnd>();
            var last = entries.Count > 0 ? entries[^1].Value : null;
            var node = new YamlMapping(entries, start.Style == MappingStyle.Flow, Span(start.Start, EndOf(end, last is null ? [] : [last])), AnchorName(start.Anchor), TagName(start.Tag));
            return Remember(start.Anchor, node);
        }

        // Block collections end where their next sibling begins; clip to the last child instead so a
        // span never swallows trailing comments or blank lines.
        private static Mark EndOf(ParsingEvent end, IReadOnlyList<YamlNode> children) =>
            children.Count > 0 && end.Start.Index >= children[^1].Span.End.Offset && end.Start.Index == end.End.Index
                ? new Mark(children[^1].Span.End.Offset, children[^1].Span.End.Line, children[^1].Span.End.Column)
                : end.End;

        private static SourceSpan Span(Mark start, Mark end) => new(ToPosition(start), ToPosition(end));

        private static string? AnchorName(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static string? TagName(TagName tag) => tag.IsEmpty ? null : tag.Value;

        private T Remember<T>(AnchorName anchor, T node)
            where T : YamlNode
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            return node;
        }
    }
}
