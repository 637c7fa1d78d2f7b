using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerRun;

/// <summary>What each <c>docker run</c> flag means for the profile and the Docker-only settings.</summary>
internal static class DockerRunSettings
{
    /// <summary>Applies a flag that belongs to the runtime profile; false when it is not one.</summary>
    public static bool Apply(ContainerProfile p, ParsedFlag flag, SourceSpan span)
    {
        var value = flag.Value;
        switch (flag.Flag.Name)
        {
            case "user": UserSpec.Apply(p, value, span); break;
            case "group-add" when value is "0" or "root": p.FsGroup = new Setting<long>(0, span); break;
            case "cap-add": p.CapAdd.Add(new Setting<string>(value, span)); break;
            case "cap-drop": p.CapDrop.Add(new Setting<string>(value, span)); break;
            case "privileged": p.Privileged = Bool(value, span); break;
            case "read-only": p.ReadOnlyRootFilesystem = Bool(value, span); break;
            case "security-opt": SecurityOptions.Apply(p, value, span); break;
            case "memory": p.MemoryLimit = Limit(value, span); break;
            case "memory-reservation": p.MemoryRequest = Limit(value, span); break;
            case "cpus" or "cpu-quota": p.CpuLimit = Limit(value, span); break;
            case "pids-limit": p.PidsLimit = value is "0" or "-1" ? null : new Setting<string>(value, span); break;
            case "network": p.HostNetwork = value == "host" ? new Setting<bool>(true, span) : null; break;
            case "pid": p.HostPid = value == "host" ? new Setting<bool>(true, span) : null; break;
            case "ipc": p.HostIpc = value == "host" ? new Setting<bool>(true, span) : null; break;
            case "volume": p.Mounts.Add(MountSpec.Volume(value, span)); break;
            case "mount" when MountFlag.Parse(value, span) is { } mount: p.Mounts.Add(mount); break;
            case "tmpfs": p.Mounts.Add(MountSpec.Tmpfs(value, span)); break;
            case "use-api-socket" when value != "false": p.Mounts.Add(MountSpec.Mount("/var/run/docker.sock", "/var/run/docker.sock", false, [], span)); break;
            case "env": p.Env.Add(Env(value, span)); break;
            default: return false;
        }

        return true;
    }

    /// <summary>Applies a Docker-only flag (ports, restart); false when it is not one.</summary>
    public static bool ApplyDocker(DockerContainer d, ParsedFlag flag, SourceSpan span)
    {
        switch (flag.Flag.Name)
        {
            case "publish":
                var port = PortSpec.Parse(flag.Value, span);
                d.Ports.Add(port);
                if (int.TryParse(port.HostPort, System.Globalization.CultureInfo.InvariantCulture, out var hostPort))
                {
                    d.Profile.HostPorts.Add(new Setting<int>(hostPort, span));
                }

                return true;
            case "publish-all":
                d.PublishAll = Bool(flag.Value, span);
                return true;
            case "restart":
                d.Restart = RestartSpec.Parse(flag.Value) is { } policy ? new Setting<RestartPolicy>(policy, span) : null;
                return true;
            default:
                return false;
        }
    }

    private static Setting<bool> Bool(string value, SourceSpan span) => new(value is not ("false" or "0" or "False" or "FALSE"), span);

    private static Setting<string>? Limit(string value, SourceSpan span) => value is "0" or "" ? null : new Setting<string>(value, span);

    private static EnvVarInfo Env(string value, SourceSpan span)
    {
        var eq = value.IndexOf('=', StringComparison.Ordinal);
        return eq < 0
            ? new EnvVarInfo(new Setting<string>(value, span), null, EnvSource.Other)
            : new EnvVarInfo(new Setting<string>(value[..eq], span), new Setting<string>(value[(eq + 1)..], span), EnvSource.Literal);
    }
}
