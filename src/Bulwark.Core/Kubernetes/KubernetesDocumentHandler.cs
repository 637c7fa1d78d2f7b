using Bulwark.Engine;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>
/// Loads documents that have <c>apiVersion</c> and <c>kind</c>: every object (a <c>List</c>'s items
/// too) becomes a <see cref="KubernetesObject"/>, and every container of a workload a profile.
/// </summary>
public sealed class KubernetesDocumentHandler : IYamlDocumentHandler
{
    public bool Handles(YamlMapping root) => root["apiVersion"] is YamlScalar && root["kind"] is YamlScalar;

    public void Load(SourceFile file, YamlDocument document, AnalysisSession session)
    {
        if (document.Root is YamlMapping root)
        {
            AddObject(file, root, session);
        }
    }

    private static void AddObject(SourceFile file, YamlMapping root, AnalysisSession session)
    {
        var obj = new KubernetesObject(file.Path, root, session.Options.DefaultNamespace);
        if (obj.Kind.EndsWith("List", StringComparison.Ordinal) && root.Sequence("items") is { } items)
        {
            foreach (var item in items.Mappings.Where(i => i["kind"] is not null))
            {
                AddObject(file, item, session);
            }

            return;
        }

        session.Add(obj);
        if (PodTemplate.Of(obj) is { } pod)
        {
            session.Add(pod);
            foreach (var container in pod.AllContainers())
            {
                session.Add(KubernetesProfiles.Build(container));
            }
        }
    }
}
