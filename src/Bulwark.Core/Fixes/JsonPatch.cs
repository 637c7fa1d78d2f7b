using System.Text;
using System.Text.Json;

namespace Bulwark.Fixes;

/// <summary>One RFC 6902 operation.</summary>
public sealed record JsonPatchOperation(string Op, string Path, FixValue? Value);

/// <summary>
/// The JSON Patch rendering of fixes (for the admission webhook). Fix operations may add under
/// missing parents; RFC 6902 may not, so <see cref="Lower"/> turns such an add into one add of the
/// first missing parent with the nested value, against the document as the earlier operations leave it.
/// </summary>
public static class JsonPatch
{
    public static IReadOnlyList<JsonPatchOperation> Lower(FixValue document, IEnumerable<FixOperation> operations)
    {
        var patch = new List<JsonPatchOperation>();
        foreach (var operation in operations)
        {
            var op = LowerOne(document, operation);
            document = Apply(document, [op]);
            patch.Add(op);
        }

        return patch;
    }

    public static FixValue Apply(FixValue document, IEnumerable<JsonPatchOperation> patch)
    {
        foreach (var op in patch)
        {
            document = PatchApplier.Apply(document, op);
        }

        return document;
    }

    public static string ToJson(IEnumerable<JsonPatchOperation> patch)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var op in patch)
            {
                writer.WriteStartObject();
                writer.WriteString("op", op.Op);
                writer.WriteString("path", op.Path);
                if (op.Value is not null)
                {
                    writer.WritePropertyName("value");
                    FixJson.Write(writer, op.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonPatchOperation LowerOne(FixValue document, FixOperation operation)
    {
        var name = operation.Op.ToString().ToLowerInvariant();
        if (operation.Op != PatchOp.Add)
        {
            return new JsonPatchOperation(name, operation.Path.ToString(), operation.Value);
        }

        var segments = operation.Path.Segments;
        var node = document;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var child = PatchApplier.Child(node, segments[i]);
            if (child is null)
            {
                var nested = Nest(segments.Skip(i + 1).ToList(), operation.Value!);
                return new JsonPatchOperation("add", new FixPath([.. segments.Take(i + 1)]).ToString(), nested);
            }

            node = child;
        }

        return new JsonPatchOperation("add", operation.Path.ToString(), operation.Value);
    }

    /// <summary>The value that, added at a parent, holds <paramref name="value"/> at the relative path.</summary>
    public static FixValue Nest(IReadOnlyList<string> relative, FixValue value)
    {
        for (var i = relative.Count - 1; i >= 0; i--)
        {
            value = relative[i] == FixPath.Append ? FixValue.List(value) : FixValue.Map((relative[i], value));
        }

        return value;
    }
}
