using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// The identity of every object in a YAML file (apiVersion, kind, namespace, name), in order; for a
/// compose file its top-level keys and named services, networks, volumes, secrets and configs.
/// </summary>
public static class ObjectIdentity
{
    public static IReadOnlyList<string> Of(YamlStreamFile yaml) =>
        [.. yaml.Documents.Select(d => d.Root).OfType<YamlMapping>().SelectMany(r => Compose.ComposeIdentity.Handles(r) ? Compose.ComposeIdentity.Of(r) : Objects(r))];

    private static IEnumerable<string> Objects(YamlMapping root)
    {
        var metadata = root.Mapping("metadata");
        yield return $"{root.String("apiVersion")}|{root.String("kind")}|{metadata?.String("namespace")}|{metadata?.String("name") ?? metadata?.String("generateName")}";
        if (root.String("kind")?.EndsWith("List", StringComparison.Ordinal) == true && root.Sequence("items") is { } items)
        {
            foreach (var item in items.Mappings.SelectMany(Objects))
            {
                yield return item;
            }
        }
    }
}
