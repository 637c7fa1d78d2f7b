namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted 1.8+: every container must explicitly set allowPrivilegeEscalation=false (unset
/// fails). From 1.25 Windows pods are exempt, the field having no meaning there.
/// </summary>
internal sealed class AllowPrivilegeEscalationCheck : PodCheck
{
    public override string Id => "allowPrivilegeEscalation";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(8, Check),
        new(25, pod => pod.IsWindows ? CheckOutcome.Pass : Check(pod)),
    ];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        foreach (var c in pod.Containers.Where(c => c.SecurityContext.BoolField("allowPrivilegeEscalation") != false))
        {
            bad.Add(c.Name, c.SecurityContext.SpanOf("allowPrivilegeEscalation") ?? c.SecurityContextSpan);
        }

        return bad.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "allowPrivilegeEscalation != false",
                $"{MessageText.Containers(bad.Names)} must set securityContext.allowPrivilegeEscalation=false",
                bad.Spans);
    }
}
