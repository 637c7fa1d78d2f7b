using Bulwark.Engine;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// Loads compose files: any YAML document with a top-level <c>services:</c> mapping and no
/// <c>kind</c>. Each service becomes a <see cref="Profiles.ContainerProfile"/> (for the runtime rules)
/// and a <see cref="Docker.DockerContainer"/> (for the Docker-only rules); the file becomes a
/// <see cref="ComposeProject"/>. Top-level <c>x-</c> extension keys are only anchors to us.
/// </summary>
public sealed class ComposeDocumentHandler : IYamlDocumentHandler
{
    public static bool IsCompose(YamlMapping root) => root["services"] is YamlMapping && root["kind"] is null;

    public bool Handles(YamlMapping root) => IsCompose(root);

    public void Load(SourceFile file, YamlDocument document, AnalysisSession session)
    {
        var root = (YamlMapping)document.Root!;
        var project = new ComposeProject { File = file.Path, Name = root.String("name"), Root = root };
        ReadNetworks(project, root.Mapping("networks"));
        var services = root.Mapping("services")!;
        var extends = new ComposeExtends(file, session);
        foreach (var entry in services.EffectiveEntries().OrderBy(e => e.Key.Span.Start.Offset))
        {
            if (entry.Value is not YamlMapping own)
            {
                var at = entry.Key.Span.Start;
                session.Error(file.Path, at.Line, at.Column, $"service \"{entry.KeyText}\" must be a mapping");
                continue;
            }

            var service = new ComposeService(entry.KeyText!, entry.Key.Span, extends.Layers(services, entry.KeyText!, own));
            project.Services.Add(service);
            var profile = ComposeProfiles.Build(project, service);
            session.Add(profile);
            session.Add(ComposeDockerSettings.Build(project, service, profile));
        }

        session.Add(project);
    }

    private static void ReadNetworks(ComposeProject project, YamlMapping? networks)
    {
        foreach (var entry in networks?.EffectiveEntries() ?? [])
        {
            var definition = entry.Value as YamlMapping;
            var isInternal = ComposeValues.Bool(definition?["internal"]) == true;
            var external = definition?["external"] is { } ext && ComposeValues.Bool(ext) != false;
            project.Networks[entry.KeyText!] = new ComposeNetwork(entry.KeyText!, isInternal, external, entry.Key.Span);
        }
    }
}
