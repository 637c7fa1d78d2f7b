using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// The kube-apiserver defaulting that runs before admission and changes what the checks see.
/// Applied by reading, not by rewriting the YAML, so spans keep pointing at the user's text.
/// </summary>
internal static class ApiDefaulting
{
    private static readonly string[] VolumeSourceKeys =
    [
        "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
        "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
        "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
        "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
    ];

    /// <summary>SetDefaults_Volume: a volume with no source at all becomes <c>emptyDir: {}</c>.</summary>
    public static bool BecomesEmptyDir(YamlMapping volume) => !VolumeSourceKeys.Any(key => volume.Field(key) is not null);

    /// <summary>
    /// SetDefaults_Pod: in a hostNetwork Pod an unset hostPort takes the containerPort. Since
    /// Kubernetes 1.28 pod templates are not defaulted this way (DefaultHostNetworkHostPortsInPodTemplates off).
    /// </summary>
    public static bool DefaultsHostPorts(PodInput pod) => pod.IsPod && pod.Spec.BoolField("hostNetwork") == true;
}
