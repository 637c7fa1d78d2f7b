namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted 1.23+: neither pod nor container may set runAsUser=0 (unset is fine). From 1.35 pods
/// in a user namespace are exempt, as UID 0 there is unprivileged on the host.
/// </summary>
internal sealed class RunAsUserCheck : PodCheck
{
    public override string Id => "runAsUser";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(23, Check),
        new(35, pod => pod.UsesUserNamespace ? CheckOutcome.Pass : Check(pod)),
    ];

    private static CheckOutcome Check(PodView pod)
    {
        var podRoot = pod.SecurityContext.IntField("runAsUser") == 0;
        var bad = new Offenders();
        foreach (var c in pod.Containers.Where(c => c.SecurityContext.IntField("runAsUser") == 0))
        {
            bad.Add(c.Name, c.SecurityContext.SpanOf("runAsUser")!.Value);
        }

        var setters = bad.Setters(podRoot);
        var spans = podRoot ? [pod.SecurityContext.SpanOf("runAsUser")!.Value, .. bad.Spans] : bad.Spans;
        return setters.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail("runAsUser=0", $"{string.Join(" and ", setters)} must not set runAsUser=0", spans);
    }
}
