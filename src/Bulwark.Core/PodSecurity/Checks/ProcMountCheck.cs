namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Baseline: no unmasked /proc. From 1.35 a pod in a user namespace (<c>hostUsers: false</c>) may
/// use any procMount; older versions never relax (the 1.35 library removed the feature gate).
/// </summary>
internal sealed class ProcMountCheck : PodCheck
{
    public override string Id => "procMount";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(0, ProcMountRule.Check),
        new(35, pod => pod.UsesUserNamespace ? CheckOutcome.Pass : ProcMountRule.Check(pod)),
    ];
}
