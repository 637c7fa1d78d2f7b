namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted: only ephemeral or API-backed volume types. <c>image</c> has been allowed since the
/// 1.33 library for every version. Replaces hostPathVolumes.
/// </summary>
internal sealed class RestrictedVolumesCheck : PodCheck
{
    private static readonly string[] Allowed =
    [
        "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
    ];

    // Upstream's switch order: the first set source names the type; none known means "unknown".
    private static readonly string[] Restricted =
    [
        "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd",
        "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
        "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
    ];

    public override string Id => "restrictedVolumes";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check, "hostPathVolumes")];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        var types = new List<string>();
        foreach (var volume in pod.Volumes.Where(v => !Allowed.Any(v.Has)))
        {
            var type = Restricted.FirstOrDefault(volume.Has);
            bad.Add(volume.Name, type is null ? volume.NameSpan : volume.SpanOf(type));
            types.Add(type ?? "unknown");
        }

        if (bad.Count == 0)
        {
            return CheckOutcome.Pass;
        }

        var distinct = MessageText.SortedSet(types);
        var detail = $"{MessageText.Pluralize("volume", "volumes", bad.Count)} {MessageText.JoinQuote(bad.Names)} " +
            $"{MessageText.Pluralize("uses", "use", bad.Count)} " +
            $"{MessageText.Pluralize("restricted volume type", "restricted volume types", distinct.Count)} {MessageText.JoinQuote(distinct)}";
        return CheckOutcome.Fail("restricted volume types", detail, bad.Spans);
    }
}
