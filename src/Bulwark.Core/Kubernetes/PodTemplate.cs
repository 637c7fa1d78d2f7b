using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>The pod part of a workload: its template metadata and spec, as the API server would run it.</summary>
public sealed record PodTemplate(KubernetesObject Owner, YamlMapping Template, YamlMapping? Metadata, YamlMapping Spec)
{
    /// <summary>Workload kinds that carry a pod template, as the foundation issue lists them.</summary>
    public static readonly IReadOnlySet<string> WorkloadKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "PodTemplate",
    };

    /// <summary>
    /// Finds the pod template in one place: the Pod itself, CronJob's
    /// <c>spec.jobTemplate.spec.template</c>, PodTemplate's <c>template</c>, else <c>spec.template</c>.
    /// </summary>
    public static PodTemplate? Of(KubernetesObject obj)
    {
        if (!WorkloadKinds.Contains(obj.Kind))
        {
            return null;
        }

        var template = obj.Kind switch
        {
            "Pod" => obj.Root,
            "CronJob" => obj.Root.Mapping("spec")?.Mapping("jobTemplate")?.Mapping("spec")?.Mapping("template"),
            "PodTemplate" => obj.Root.Mapping("template"),
            _ => obj.Root.Mapping("spec")?.Mapping("template"),
        };
        return template?.Mapping("spec") is { } spec ? new PodTemplate(obj, template, template.Mapping("metadata"), spec) : null;
    }

    public YamlMapping? SecurityContext => Spec.Mapping("securityContext");

    /// <summary>The pod spec's <c>spec:</c> key: where a missing pod-level setting is reported.</summary>
    public Diagnostics.SourceSpan SpecAnchor => Template.Find("spec")?.Key.Span ?? Spec.Span;

    /// <summary>The service account the pod runs as (<c>default</c> when none is named).</summary>
    public string ServiceAccountName => Spec.String("serviceAccountName") ?? Spec.String("serviceAccount") ?? "default";

    public YamlMapping? Annotations => Metadata?.Mapping("annotations");

    public YamlMapping? Labels => Metadata?.Mapping("labels");

    /// <summary>Every container: init, regular and ephemeral. The only way rules reach containers.</summary>
    public IEnumerable<ContainerView> AllContainers()
    {
        foreach (var (key, kind) in ContainerView.Lists)
        {
            if (Spec.Sequence(key) is not { } list)
            {
                continue;
            }

            var index = 0;
            foreach (var item in list.Items)
            {
                if (item is YamlMapping container)
                {
                    yield return new ContainerView(this, container, kind, key, index);
                }

                index++;
            }
        }
    }

    /// <summary>The pod's volumes by name.</summary>
    public IReadOnlyDictionary<string, YamlMapping> Volumes()
    {
        var volumes = new Dictionary<string, YamlMapping>(StringComparer.Ordinal);
        foreach (var volume in Spec.Sequence("volumes")?.Mappings ?? [])
        {
            if (volume.String("name") is { } name)
            {
                volumes[name] = volume;
            }
        }

        return volumes;
    }
}
