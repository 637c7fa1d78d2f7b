using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>A Namespace object found in a manifest: its name, labels and where it is.</summary>
public sealed record NamespaceObject(string Name, IReadOnlyDictionary<string, string> Labels, YamlMapping Object)
{
    /// <summary>The Namespace objects in a document: the root itself, or the items of a <c>*List</c>.</summary>
    public static IEnumerable<NamespaceObject> FindIn(YamlMapping root)
    {
        var kind = root.Text("kind");
        if (kind.EndsWith("List", StringComparison.Ordinal) && root.Field("items") is YamlSequence items)
        {
            return items.Mappings.SelectMany(FindIn);
        }

        return kind == "Namespace" ? [Read(root)] : [];
    }

    private static NamespaceObject Read(YamlMapping root)
    {
        var metadata = root.Struct("metadata");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in metadata.Struct("labels")?.EffectiveEntries() ?? [])
        {
            labels[entry.KeyText!] = entry.Value is YamlScalar { IsNull: false } value ? value.Value : string.Empty;
        }

        return new NamespaceObject(metadata.Text("name"), labels, root);
    }
}
