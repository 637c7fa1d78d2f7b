using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>Where each object of a YAML file sits: its document, and its path there (<c>/items/3</c> for a List item).</summary>
internal static class ObjectPointers
{
    public static Dictionary<YamlMapping, (int Document, FixPath Path)> Of(YamlStreamFile yaml)
    {
        var result = new Dictionary<YamlMapping, (int, FixPath)>(ReferenceEqualityComparer.Instance);
        foreach (var document in yaml.Documents)
        {
            if (document.Root is YamlMapping root)
            {
                Add(result, root, document.Index, FixPath.Root);
            }
        }

        return result;
    }

    private static void Add(Dictionary<YamlMapping, (int, FixPath)> result, YamlMapping node, int document, FixPath path)
    {
        result.TryAdd(node, (document, path));
        if (node.String("kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && node.Sequence("items") is { } items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items.Items[i] is YamlMapping item)
                {
                    Add(result, item, document, path.Then("items").Then(i));
                }
            }
        }
    }
}
