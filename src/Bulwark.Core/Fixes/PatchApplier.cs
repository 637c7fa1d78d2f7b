using System.Globalization;

namespace Bulwark.Fixes;

/// <summary>Applies one RFC 6902 add/replace/remove to an immutable <see cref="FixValue"/> tree.</summary>
public static class PatchApplier
{
    public static FixValue Apply(FixValue document, JsonPatchOperation op)
    {
        var path = FixPath.Parse(op.Path);
        if (path.Count == 0)
        {
            return op.Op == "remove" ? throw Fail(op, "cannot remove the document") : op.Value!;
        }

        return Update(document, path.Segments, 0, op);
    }

    /// <summary>The child at one path segment, or null when it does not exist.</summary>
    public static FixValue? Child(FixValue node, string segment) => node switch
    {
        FixMap map => map[segment],
        FixList list when TryIndex(segment, list.Items.Count, out var i) => list.Items[i],
        _ => null,
    };

    private static FixValue Update(FixValue node, IReadOnlyList<string> path, int depth, JsonPatchOperation op)
    {
        var segment = path[depth];
        if (depth < path.Count - 1)
        {
            var child = Child(node, segment) ?? throw Fail(op, $"no value at segment '{segment}'");
            return Set(node, segment, Update(child, path, depth + 1, op), op);
        }

        return op.Op switch
        {
            "add" => Add(node, segment, op),
            "replace" when Child(node, segment) is not null => Set(node, segment, op.Value!, op),
            "remove" when Child(node, segment) is not null => Remove(node, segment),
            _ => throw Fail(op, "the target does not exist"),
        };
    }

    private static FixValue Add(FixValue node, string segment, JsonPatchOperation op) => node switch
    {
        FixMap map => map.With(segment, op.Value!),
        FixList list when segment == FixPath.Append => new FixList([.. list.Items, op.Value!]),
        FixList list when TryIndex(segment, list.Items.Count + 1, out var i) => new FixList([.. list.Items.Take(i), op.Value!, .. list.Items.Skip(i)]),
        _ => throw Fail(op, "cannot add into a scalar"),
    };

    private static FixValue Set(FixValue node, string segment, FixValue value, JsonPatchOperation op) => node switch
    {
        FixMap map => map.With(segment, value),
        FixList list when TryIndex(segment, list.Items.Count, out var i) => new FixList([.. list.Items.Select((item, j) => j == i ? value : item)]),
        _ => throw Fail(op, "cannot set into a scalar"),
    };

    private static FixValue Remove(FixValue node, string segment) => node switch
    {
        FixMap map => map.Without(segment),
        FixList list => new FixList([.. list.Items.Where((_, j) => j.ToString(CultureInfo.InvariantCulture) != segment)]),
        _ => node,
    };

    private static bool TryIndex(string segment, int count, out int index) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < count;

    private static InvalidOperationException Fail(JsonPatchOperation op, string why) => new($"JSON Patch {op.Op} {op.Path}: {why}");
}
