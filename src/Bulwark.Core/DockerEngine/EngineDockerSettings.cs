using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerEngine;

/// <summary>The Docker-only settings of a running container: effective log config, restart policy, port bindings, networks.</summary>
internal static class EngineDockerSettings
{
    public static DockerContainer Build(ContainerProfile p, ContainerInspect inspect, HostConfig host, EngineInfo info, IReadOnlyList<NetworkResource> networks)
    {
        var docker = new DockerContainer
        {
            Profile = p,
            Logging = Logging(host.LogConfig, info),
            LoggingIsEffective = true,
            Restart = host.RestartPolicy is { Name: { Length: > 0 } name } restart
                ? new Setting<RestartPolicy>(new RestartPolicy(name, restart.MaximumRetryCount), null, SettingOrigin.Engine) : null,
            PublishAll = host.PublishAllPorts ? new Setting<bool>(true, null, SettingOrigin.Engine) : null,
            Networks = Networks(host.NetworkMode, inspect.NetworkSettings, networks),
        };
        foreach (var (containerPort, bindings) in host.PortBindings ?? [])
        {
            foreach (var binding in bindings ?? [])
            {
                docker.Ports.Add(new PublishedPort(binding.HostIp, string.IsNullOrEmpty(binding.HostPort) ? null : binding.HostPort, containerPort, null));
            }
        }

        return docker;
    }

    /// <summary>The container's LogConfig already holds the daemon defaults; /info fills in the driver if an old engine left it empty.</summary>
    private static DockerLogging Logging(LogConfig? config, EngineInfo info)
    {
        var driver = string.IsNullOrEmpty(config?.Type) ? info.LoggingDriver ?? "json-file" : config.Type;
        var options = (config?.Config ?? []).ToDictionary(o => o.Key, o => new Setting<string>(o.Value, null, SettingOrigin.Engine), StringComparer.Ordinal);
        return new DockerLogging(new Setting<string>(driver, null, SettingOrigin.Engine), options, null);
    }

    private static List<NetworkAttachment>? Networks(string? mode, NetworkSettings? settings, IReadOnlyList<NetworkResource> networks)
    {
        if (mode is "host" || mode?.StartsWith("container:", StringComparison.Ordinal) == true)
        {
            return null;
        }

        var attached = settings?.Networks ?? [];
        return [.. attached.Where(n => n.Key != "none").Select(n => new NetworkAttachment(n.Key, Internal(n.Key, n.Value.NetworkID, networks), null))];
    }

    private static bool? Internal(string name, string? id, IReadOnlyList<NetworkResource> networks) =>
        networks.FirstOrDefault(n => n.Id == id || n.Name == name)?.Internal;
}
