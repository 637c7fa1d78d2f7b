using Bulwark.Common;
using Bulwark.Dockerfile;
using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// The identity of every object in a file, in order: (apiVersion, kind, namespace, name) in YAML; for a
/// compose file its top-level keys and named services, networks, volumes, secrets and configs; in a
/// Dockerfile each stage's name and what it is built on (the earlier stage, or the image without its
/// tag, so pinning a tag keeps the identity).
/// </summary>
public static class ObjectIdentity
{
    public static IReadOnlyList<string> Of(DockerfileModel model) =>
        [.. model.Stages.Select(s => $"{s.Index}|{s.Name}|{(s.BaseStage is { } based ? "stage " + based.Index : BaseName(s))}")];

    private static string BaseName(BuildStage stage) =>
        stage.BaseImage?.Raw is { } raw && !raw.Contains('$', StringComparison.Ordinal) ? ImageReference.Parse(raw).FullName : stage.BaseImage?.Raw ?? string.Empty;

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
