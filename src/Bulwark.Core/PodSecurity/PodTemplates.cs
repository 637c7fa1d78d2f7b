using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>A Kubernetes object and the pod (or pod template) inside it that admission would judge.</summary>
public sealed record PodTemplateMatch(YamlMapping Object, string ApiVersion, string Kind, string? Namespace, string Name, PodInput Pod);

/// <summary>
/// Finds the pod spec in the kinds pod-security-admission knows: Pod, the workload controllers
/// (spec.template), CronJob (spec.jobTemplate.spec.template), PodTemplate (template) and any
/// <c>*List</c> (items). Self-contained on purpose; a general object model may replace it.
/// </summary>
public static class PodTemplates
{
    private static readonly HashSet<string> TemplateKinds = new(StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
    };

    public static IEnumerable<PodTemplateMatch> Find(YamlMapping root)
    {
        var kind = root.Text("kind");
        if (kind.EndsWith("List", StringComparison.Ordinal) && root.Field("items") is YamlSequence items)
        {
            return items.Mappings.SelectMany(Find);
        }

        return FindPod(root, kind) is { } pod ? [Match(root, kind, pod)] : [];
    }

    /// <summary>The name a finding uses: metadata.name, else metadata.generateName.</summary>
    public static string NameOf(YamlMapping root)
    {
        var metadata = root.Struct("metadata");
        var name = metadata.Text("name");
        return name.Length > 0 ? name : metadata.Text("generateName");
    }

    private static PodInput? FindPod(YamlMapping root, string kind)
    {
        if (kind == "Pod")
        {
            return root.Struct("spec") is { } spec ? new PodInput(root.Struct("metadata"), spec, root.KeySpanOf("spec")) : null;
        }

        var template = kind switch
        {
            "PodTemplate" => root.Struct("template"),
            "CronJob" => root.Struct("spec").Struct("jobTemplate").Struct("spec").Struct("template"),
            _ when TemplateKinds.Contains(kind) => root.Struct("spec").Struct("template"),
            _ => null,
        };
        return template.Struct("spec") is { } templateSpec
            ? new PodInput(template.Struct("metadata"), templateSpec, template.KeySpanOf("spec"), IsPod: false)
            : null;
    }

    private static PodTemplateMatch Match(YamlMapping root, string kind, PodInput pod)
    {
        var ns = root.Struct("metadata").Text("namespace");
        return new PodTemplateMatch(root, root.Text("apiVersion"), kind, ns.Length > 0 ? ns : null, NameOf(root), pod);
    }
}
