using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Baseline: seccomp must not be Unconfined. Up to 1.18 only the alpha annotations are read; from
/// 1.19 only the fields are (annotations are then ignored).
/// </summary>
internal sealed class SeccompProfileBaselineCheck : PodCheck
{
    private const string PodAnnotation = "seccomp.security.alpha.kubernetes.io/pod";
    private const string ContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";

    public override string Id => "seccompProfile_baseline";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(0, CheckAnnotations),
        new(19, SeccompFields.CheckExplicit),
    ];

    private static CheckOutcome CheckAnnotations(PodView pod)
    {
        var keys = new[] { PodAnnotation }.Concat(pod.Containers.Select(c => ContainerAnnotationPrefix + c.Name));
        var forbidden = new List<string>();
        var spans = new List<SourceSpan>();
        foreach (var key in keys)
        {
            if (pod.Annotations.TryGetValue(key, out var annotation) && !IsAllowed(annotation.Value))
            {
                forbidden.Add($"{key}={GoQuote.Quote(annotation.Value)}");
                spans.Add(annotation.Span);
            }
        }

        var sorted = MessageText.SortedSet(forbidden);
        return sorted.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "seccompProfile",
                $"forbidden {MessageText.Pluralize("annotation", "annotations", sorted.Count)} {string.Join(", ", sorted)}",
                spans);
    }

    // An empty value is invalid here, unlike the AppArmor annotation.
    private static bool IsAllowed(string value) =>
        value is "runtime/default" or "docker/default" || value.StartsWith("localhost/", StringComparison.Ordinal);
}
