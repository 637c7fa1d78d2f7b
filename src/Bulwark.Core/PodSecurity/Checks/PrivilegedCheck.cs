namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: no container may run privileged.</summary>
internal sealed class PrivilegedCheck : PodCheck
{
    public override string Id => "privileged";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        foreach (var c in pod.Containers.Where(c => c.SecurityContext.BoolField("privileged") == true))
        {
            bad.Add(c.Name, c.SecurityContext.SpanOf("privileged")!.Value);
        }

        return bad.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail("privileged", $"{MessageText.Containers(bad.Names)} must not set securityContext.privileged=true", bad.Spans);
    }
}
