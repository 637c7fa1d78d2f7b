using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Baseline: AppArmor may only be RuntimeDefault or Localhost, by field or by the deprecated
/// per-container annotation. Upstream has one version (1.0); the field checks were added in the
/// 1.30 library without a new policy version, so they apply to every version.
/// </summary>
internal sealed class AppArmorProfileCheck : PodCheck
{
    private const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public override string Id => "appArmorProfile";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var values = new List<string>();
        var spans = new List<SourceSpan>();
        var podBad = IsBad(pod.SecurityContext, values, spans);
        var bad = new Offenders();
        foreach (var c in pod.Containers.Where(c => IsBad(c.SecurityContext, values, spans)))
        {
            bad.Add(c.Name, spans[^1]);
        }

        var setters = bad.Setters(podBad);
        var valueList = MessageText.SortedSet(values);
        var annotations = BadAnnotations(pod, spans);
        if (annotations.Count > 0)
        {
            valueList.AddRange(annotations);
            setters.Add(MessageText.Pluralize("annotation", "annotations", annotations.Count));
        }

        return setters.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                MessageText.Pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", valueList.Count),
                $"{string.Join(" and ", setters)} must not set AppArmor profile type to {MessageText.JoinQuote(valueList)}",
                spans);
    }

    private static bool IsBad(YamlMapping? securityContext, List<string> values, List<SourceSpan> spans)
    {
        var profile = securityContext.Struct("appArmorProfile");
        var type = profile.Text("type");
        if (profile is null || type is "RuntimeDefault" or "Localhost")
        {
            return false;
        }

        values.Add(type);
        spans.Add(profile.SpanOf("type") ?? securityContext.KeySpanOf("appArmorProfile")!.Value);
        return true;
    }

    private static List<string> BadAnnotations(PodView pod, List<SourceSpan> spans)
    {
        var bad = pod.Annotations
            .Where(a => a.Key.StartsWith(AnnotationPrefix, StringComparison.Ordinal) && !IsAllowedAnnotation(a.Value.Value))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        spans.AddRange(bad.Select(a => a.Value.Span));
        return MessageText.SortedSet(bad.Select(a => $"{a.Key}={GoQuote.Quote(a.Value.Value)}"));
    }

    private static bool IsAllowedAnnotation(string value) =>
        value is "" or "runtime/default" || value.StartsWith("localhost/", StringComparison.Ordinal);
}
