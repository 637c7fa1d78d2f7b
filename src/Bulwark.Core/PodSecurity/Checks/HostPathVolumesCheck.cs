namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: no hostPath volumes (overridden at restricted by restrictedVolumes).</summary>
internal sealed class HostPathVolumesCheck : PodCheck
{
    public override string Id => "hostPathVolumes";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        foreach (var volume in pod.Volumes.Where(v => v.Has("hostPath")))
        {
            bad.Add(volume.Name, volume.SpanOf("hostPath"));
        }

        return bad.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "hostPath volumes",
                $"{MessageText.Pluralize("volume", "volumes", bad.Count)} {MessageText.JoinQuote(bad.Names)}",
                bad.Spans);
    }
}
