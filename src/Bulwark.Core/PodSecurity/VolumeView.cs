using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// One <c>spec.volumes[]</c> entry after API defaulting: a volume with no source at all is an
/// <c>emptyDir</c> by the time admission sees it (SetDefaults_Volume).
/// </summary>
internal sealed class VolumeView
{
    private static readonly string[] SourceKeys =
    [
        "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
        "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
        "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
        "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
    ];

    public VolumeView(YamlMapping node)
    {
        Node = node;
        Name = node.Text("name");
        NameSpan = node.SpanOf("name") ?? node.Span;
        IsDefaultedEmptyDir = !SourceKeys.Any(key => node.Field(key) is not null);
    }

    public YamlMapping Node { get; }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public bool IsDefaultedEmptyDir { get; }

    /// <summary>True when the source <paramref name="key"/> is set (non-nil), counting the emptyDir default.</summary>
    public bool Has(string key) => Node.Field(key) is not null || (IsDefaultedEmptyDir && key == "emptyDir");

    public SourceSpan SpanOf(string key) => Node.KeySpanOf(key) ?? NameSpan;
}
