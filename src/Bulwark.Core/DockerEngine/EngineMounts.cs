using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerEngine;

/// <summary>
/// A running container's filesystems: the effective <c>Mounts</c> (binds, volumes, <c>--mount
/// type=tmpfs</c>) and <c>HostConfig.Tmpfs</c> (<c>--tmpfs</c> and compose <c>tmpfs</c>, path → options).
/// </summary>
internal static class EngineMounts
{
    public static void Fill(ContainerProfile p, ContainerInspect inspect, HostConfig host)
    {
        foreach (var mount in inspect.Mounts ?? [])
        {
            if (string.IsNullOrEmpty(mount.Destination))
            {
                continue;
            }

            var target = new Setting<string>(mount.Destination, null, SettingOrigin.Engine);
            var source = string.IsNullOrEmpty(mount.Source) ? null : new Setting<string>(mount.Source, null, SettingOrigin.Engine);
            p.Mounts.Add(mount.Type switch
            {
                "bind" => new MountInfo(target, MountKind.HostPath, source, !mount.RW, [], null),
                "tmpfs" => MountSpec.TmpfsMount(mount.Destination, mount.RW ? [] : ["ro"], null),
                _ => new MountInfo(target, MountKind.Volume, source, !mount.RW, [], null),
            });
        }

        foreach (var (path, options) in host.Tmpfs ?? [])
        {
            p.Mounts.Add(MountSpec.Tmpfs(string.IsNullOrEmpty(options) ? path : path + ":" + options, null));
        }
    }
}
