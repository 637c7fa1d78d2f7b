namespace Bulwark.PodSecurity.Checks;

/// <summary>Restricted 1.35+: procMount must stay Default even in a user namespace; replaces procMount.</summary>
internal sealed class ProcMountRestrictedCheck : PodCheck
{
    public override string Id => "procMount_restricted";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(35, ProcMountRule.Check, "procMount")];
}
