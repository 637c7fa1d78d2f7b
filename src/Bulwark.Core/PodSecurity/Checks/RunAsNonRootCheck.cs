namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted: containers must run as non-root, set per container or inherited from the pod.
/// From 1.35 pods in a user namespace (<c>hostUsers: false</c>) are exempt.
/// </summary>
internal sealed class RunAsNonRootCheck : PodCheck
{
    public override string Id => "runAsNonRoot";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(0, Check),
        new(35, pod => pod.UsesUserNamespace ? CheckOutcome.Pass : Check(pod)),
    ];

    private static CheckOutcome Check(PodView pod)
    {
        var podValue = pod.SecurityContext.BoolField("runAsNonRoot");
        var explicitBad = new Offenders();
        var implicitBad = new Offenders();
        foreach (var c in pod.Containers)
        {
            var value = c.SecurityContext.BoolField("runAsNonRoot");
            if (value == false)
            {
                explicitBad.Add(c.Name, c.SecurityContext.SpanOf("runAsNonRoot")!.Value);
            }
            else if (value is null && podValue != true)
            {
                implicitBad.Add(c.Name, c.SecurityContextSpan);
            }
        }

        // An explicit false is reported alone; the "must set" advice only when nothing is explicit.
        var setters = explicitBad.Setters(podValue == false);
        if (setters.Count > 0)
        {
            var spans = podValue == false ? [pod.SecurityContext.SpanOf("runAsNonRoot")!.Value, .. explicitBad.Spans] : explicitBad.Spans;
            return CheckOutcome.Fail("runAsNonRoot != true", $"{string.Join(" and ", setters)} must not set securityContext.runAsNonRoot=false", spans);
        }

        return implicitBad.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "runAsNonRoot != true",
                $"pod or {MessageText.Containers(implicitBad.Names)} must set securityContext.runAsNonRoot=true",
                [pod.SecurityContextSpan, .. implicitBad.Spans]);
    }
}
