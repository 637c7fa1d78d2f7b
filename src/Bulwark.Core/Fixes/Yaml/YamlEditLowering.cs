using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>
/// Lowers path operations to minimal text edits on the original YAML: a scalar replaced in place, an
/// entry's lines removed, new lines inserted after a collection's last line at its own indentation.
/// Anything it cannot edit exactly (flow style, anchors, aliases, comments in the way) is refused
/// with the reason, never approximated.
/// </summary>
internal sealed class YamlEditLowering(YamlText text, YamlTextStyle style)
{
    private readonly InsertSites _sites = new(text, style);
    private readonly RemovalRanges _removals = new(text);

    public (List<EditIntent> Intents, string? Failure) Lower(YamlMapping root, IEnumerable<FixOperation> operations)
    {
        var intents = new List<EditIntent>();
        foreach (var operation in operations)
        {
            var walk = PathWalker.Walk(root, operation.Path);
            var (intent, failure) = walk.Failure is { } why ? (null, why) : Lower(walk, operation);
            if (intent is null)
            {
                return ([], $"{operation.Op.ToString().ToLowerInvariant()} {operation.Path}: {failure}");
            }

            intents.Add(intent);
        }

        return (intents, null);
    }

    private (EditIntent? Intent, string? Failure) Lower(PathWalk walk, FixOperation operation) => operation.Op switch
    {
        PatchOp.Add => Add(walk, operation),
        PatchOp.Replace => Replace(walk, operation),
        _ => Remove(walk, operation),
    };

    private (EditIntent?, string?) Add(PathWalk walk, FixOperation operation)
    {
        var path = operation.Path;
        if (walk.Matched == path.Count)
        {
            return (null, "the value already exists");
        }

        var relative = path.Segments.Skip(walk.Matched).ToList();
        var (site, failure) = _sites.For(walk, appending: relative[0] == FixPath.Append);
        if (site is null)
        {
            return (null, failure);
        }

        var fragment = JsonPatch.Nest(relative, operation.Value!);
        return (new InsertIntent(site, fragment), null);
    }

    private (EditIntent?, string?) Replace(PathWalk walk, FixOperation operation)
    {
        if (walk.Matched < operation.Path.Count)
        {
            return (null, "nothing to replace");
        }

        if (walk.Deepest is not YamlScalar scalar || operation.Value is not FixScalar value)
        {
            return (null, "only a scalar can be replaced in place");
        }

        var edit = new TextEdit(scalar.Span.Start.Offset, scalar.Span.End.Offset, YamlBlockWriter.Scalar(value));
        return scalar.Span.Start.Line == scalar.Span.End.Line
            ? (new RangeIntent(edit, null), null)
            : (null, "a multi-line scalar cannot be replaced in place");
    }

    private (EditIntent?, string?) Remove(PathWalk walk, FixOperation operation)
    {
        if (walk.Matched < operation.Path.Count)
        {
            return (null, "nothing to remove");
        }

        var parent = walk.Nodes[^2];
        if (parent.IsFlow)
        {
            return (null, "flow-style collection in the way");
        }

        var (edit, failure) = parent is YamlMapping map
            ? _removals.Entry(map, walk.DeepestHolder!, walk.Holders[^2])
            : _removals.Item((YamlSequence)parent, walk.Deepest, walk.Holders[^2]);
        return edit is null ? (null, failure) : (new RangeIntent(edit, parent), null);
    }
}
