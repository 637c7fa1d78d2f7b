namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted 1.19+: every container must end up with RuntimeDefault or Localhost, set on the
/// container or inherited from the pod. From 1.25 Windows pods are exempt. Replaces seccompProfile_baseline.
/// </summary>
internal sealed class SeccompProfileRestrictedCheck : PodCheck
{
    public override string Id => "seccompProfile_restricted";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(19, Check, "seccompProfile_baseline"),
        new(25, pod => pod.IsWindows ? CheckOutcome.Pass : Check(pod), "seccompProfile_baseline"),
    ];

    private static CheckOutcome Check(PodView pod)
    {
        var scan = SeccompFields.Scan(pod);
        if (scan.ExplicitOutcome() is { } explicitOutcome)
        {
            return explicitOutcome;
        }

        var missing = scan.Implicit;
        return missing.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "seccompProfile",
                $"pod or {MessageText.Containers(missing.Names)} must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
                [pod.SecurityContextSpan, .. missing.Spans]);
    }
}
