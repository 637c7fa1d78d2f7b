using System.Runtime.CompilerServices;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>The pod (and container) a finding is about, with their JSON-pointer paths in the object.</summary>
public sealed record KubernetesFixTarget(PodTemplate Pod, ContainerView? Container)
{
    /// <summary>The scan's rule options (allowed capabilities, ...), so a fix agrees with the rule.</summary>
    public Rules.RuleOptions RuleOptions { get; init; } = Rules.RuleOptions.Default;

    /// <summary>The pod spec's path: <c>/spec</c> for a Pod, <c>/spec/template/spec</c> for most workloads.</summary>
    public FixPath PodSpec { get; } = Pod.Owner.Kind switch
    {
        "Pod" => FixPath.Root.Then("spec"),
        "CronJob" => FixPath.Root.Then("spec", "jobTemplate", "spec", "template", "spec"),
        "PodTemplate" => FixPath.Root.Then("template", "spec"),
        _ => FixPath.Root.Then("spec", "template", "spec"),
    };

    public FixPath PodSecurityContext => PodSpec.Then("securityContext");

    public FixPath ContainerPath => PodSpec.Then(Container!.ListKey).Then(Container.Index);

    public FixPath ContainerSecurityContext => ContainerPath.Then("securityContext");

    private static readonly ConditionalWeakTable<AnalysisSession, ILookup<string, PodTemplate>> PodsByFile = new();

    /// <summary>Finds the pod template of the finding's object by file, object and span; the container by name.</summary>
    public static KubernetesFixTarget? Locate(Finding finding, AnalysisSession session)
    {
        var span = finding.Location.Span;
        var pods = PodsByFile.GetValue(session, s => s.Models<PodTemplate>().ToLookup(p => p.Owner.File, StringComparer.Ordinal));
        var pod = pods[finding.Location.File].FirstOrDefault(p => p.Owner.Ref == finding.Object && (span is null || Contains(p.Owner.Root, span.Value)));
        if (pod is null)
        {
            return null;
        }

        if (finding.Container is null)
        {
            return new KubernetesFixTarget(pod, null) { RuleOptions = session.Options };
        }

        var containers = pod.AllContainers().Where(c => c.Name == finding.Container).ToList();
        var container = containers.FirstOrDefault(c => span is null || Contains(c.Node, span.Value)) ?? containers.FirstOrDefault();
        return container is null ? null : new KubernetesFixTarget(pod, container) { RuleOptions = session.Options };
    }

    private static bool Contains(Bulwark.Yaml.YamlNode node, SourceSpan span) =>
        span.Start.Offset >= node.Span.Start.Offset && span.Start.Offset <= node.Span.End.Offset;
}
