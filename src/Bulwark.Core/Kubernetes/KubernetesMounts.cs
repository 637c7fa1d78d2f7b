using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>Joins a container's volumeMounts with the pod's volumes into <see cref="MountInfo"/>s.</summary>
internal static class KubernetesMounts
{
    public static void Fill(ContainerProfile profile, ContainerView container, IReadOnlyDictionary<string, YamlMapping> volumes)
    {
        foreach (var mount in container.Node.Sequence("volumeMounts")?.Mappings ?? [])
        {
            if (KubernetesProfiles.Str(mount, "mountPath") is not { } target)
            {
                continue;
            }

            var volume = mount.String("name") is { } name && volumes.TryGetValue(name, out var v) ? v : null;
            var (kind, source) = Describe(volume);
            var readOnly = mount.Bool("readOnly") == true;
            profile.Mounts.Add(new MountInfo(target, kind, source, readOnly, [], mount.Span));
        }
    }

    private static (MountKind Kind, Setting<string>? Source) Describe(YamlMapping? volume)
    {
        if (volume is null)
        {
            return (MountKind.Volume, null);
        }

        if (volume.Mapping("hostPath") is { } hostPath)
        {
            return (MountKind.HostPath, KubernetesProfiles.Str(hostPath, "path"));
        }

        if (volume["emptyDir"] is not null)
        {
            return (volume.Mapping("emptyDir")?.String("medium") == "Memory" ? MountKind.Tmpfs : MountKind.EmptyDir, null);
        }

        if (volume.Mapping("secret") is { } secret)
        {
            return (MountKind.Secret, KubernetesProfiles.Str(secret, "secretName"));
        }

        if (volume.Mapping("configMap") is { } configMap)
        {
            return (MountKind.ConfigMap, KubernetesProfiles.Str(configMap, "name"));
        }

        // The API server defaults a volume with no source to emptyDir.
        return HasSource(volume) ? (MountKind.Volume, null) : (MountKind.EmptyDir, null);
    }

    private static bool HasSource(YamlMapping volume) =>
        volume.Entries.Any(e => e.KeyText is not "name" and not null);
}
