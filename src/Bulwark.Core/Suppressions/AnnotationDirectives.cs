using Bulwark.Diagnostics;
using Bulwark.Kubernetes;
using Bulwark.Yaml;

namespace Bulwark.Suppressions;

/// <summary>
/// Reads suppressions from a Kubernetes object's annotations, and for workloads also from the pod
/// template's: <c>bulwark.dev/ignore: "RULE,RULE"</c> covers the whole object,
/// <c>bulwark.dev/ignore.&lt;container&gt;: "RULE"</c> one container, and
/// <c>bulwark.dev/ignore-reason</c> gives the reason. Any other <c>bulwark.dev/</c> key is a mistake.
/// </summary>
public static class AnnotationDirectives
{
    public const string Prefix = "bulwark.dev/";
    public const string Ignore = Prefix + "ignore";
    public const string Reason = Prefix + "ignore-reason";

    public static void Read(KubernetesObject obj, List<SuppressionDirective> directives, List<DirectiveProblem> problems)
    {
        var template = PodTemplate.Of(obj)?.Annotations;
        foreach (var annotations in new[] { obj.Annotations, template }.OfType<YamlMapping>())
        {
            var reason = annotations.String(Reason) ?? (annotations == template ? obj.Annotations : template)?.String(Reason);
            foreach (var entry in annotations.Entries)
            {
                ReadEntry(obj, entry, reason, directives, problems);
            }
        }
    }

    private static void ReadEntry(KubernetesObject obj, YamlEntry entry, string? reason, List<SuppressionDirective> directives, List<DirectiveProblem> problems)
    {
        var key = entry.KeyText ?? string.Empty;
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key == Reason)
        {
            return;
        }

        var at = obj.At(entry.Value.Span);
        var container = key.StartsWith(Ignore + ".", StringComparison.Ordinal) ? key[(Ignore.Length + 1)..] : null;
        if (key != Ignore && string.IsNullOrEmpty(container))
        {
            problems.Add(new DirectiveProblem(obj.At(entry.Key.Span), $"unknown annotation '{key}' (expected {Ignore}, {Ignore}.<container> or {Reason})", "annotation:" + key) { Object = obj.Ref });
            return;
        }

        var value = (entry.Value as YamlScalar)?.Value ?? string.Empty;
        var rules = DirectiveRules.Resolve(value, at, obj.Ref, problems);
        directives.Add(new SuppressionDirective(SuppressionKind.Annotation, at, rules, reason, Covers(obj, container))
        {
            Object = obj.Ref,
            Container = container,
        });
    }

    private static Func<Finding, bool> Covers(KubernetesObject obj, string? container)
    {
        var identity = obj.Ref;
        return f => f.Location.File == obj.File && f.Object == identity && (container is null || f.Container == container);
    }
}
