using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.DockerEngine;

/// <summary>
/// Lowers <c>docker inspect</c> (HostConfig + Config) to a profile and Docker settings, one object
/// per container name (<c>docker://name</c>, no span). Every value is the engine's effective one:
/// the daemon's log defaults are already merged into <c>HostConfig.LogConfig</c> at create time.
/// </summary>
public static class EngineProfiles
{
    private const SettingOrigin Engine = SettingOrigin.Engine;

    public static DockerContainer Build(ContainerInspect inspect, EngineInfo info, IReadOnlyList<NetworkResource> networks)
    {
        var name = inspect.Name.TrimStart('/');
        var host = inspect.HostConfig ?? new HostConfig();
        var profile = new ContainerProfile
        {
            Surface = Surfaces.DockerEngine,
            File = "docker://" + name,
            Object = new ObjectRef(null, "Container", null, name),
            Name = name,
            Anchor = null,
            SupportsRequests = false,
            SupportsPidsLimit = true,
            Image = Value(inspect.Config?.Image),
        };
        FillSecurity(profile, inspect, host);
        FillLimits(profile, host);
        EngineMounts.Fill(profile, inspect, host);
        foreach (var env in inspect.Config?.Env ?? [])
        {
            var eq = env.IndexOf('=', StringComparison.Ordinal);
            profile.Env.Add(eq < 0
                ? new EnvVarInfo(new(env, null, Engine), null, EnvSource.Other)
                : new EnvVarInfo(new(env[..eq], null, Engine), new(env[(eq + 1)..], null, Engine), EnvSource.Literal));
        }

        return EngineDockerSettings.Build(profile, inspect, host, info, networks);
    }

    private static void FillSecurity(ContainerProfile p, ContainerInspect inspect, HostConfig host)
    {
        if (!string.IsNullOrEmpty(inspect.Config?.User))
        {
            UserSpec.Apply(p, inspect.Config.User, null, Engine);
        }

        if (host.GroupAdd?.Any(g => g is "0" or "root") == true)
        {
            p.FsGroup = new Setting<long>(0, null, Engine);
        }

        p.CapAdd.AddRange((host.CapAdd ?? []).Select(c => new Setting<string>(c, null, Engine)));
        p.CapDrop.AddRange((host.CapDrop ?? []).Select(c => new Setting<string>(c, null, Engine)));
        p.Privileged = new Setting<bool>(host.Privileged, null, Engine);
        p.ReadOnlyRootFilesystem = new Setting<bool>(host.ReadonlyRootfs, null, Engine);
        foreach (var option in host.SecurityOpt ?? [])
        {
            SecurityOptions.Apply(p, option, null, Engine);
        }

        if (string.Equals(inspect.AppArmorProfile, "unconfined", StringComparison.OrdinalIgnoreCase))
        {
            p.AppArmorProfile = new Setting<string>("Unconfined", null, Engine);
        }

        // An unprivileged container with nothing masked had systempaths=unconfined (compose drops the option itself).
        if (host.MaskedPaths is { Length: 0 } && !host.Privileged)
        {
            p.ProcMount = new Setting<string>("Unmasked", null, Engine);
        }

        p.HostNetwork = HostMode(host.NetworkMode);
        p.HostPid = HostMode(host.PidMode);
        p.HostIpc = HostMode(host.IpcMode);
    }

    private static void FillLimits(ContainerProfile p, HostConfig host)
    {
        p.MemoryLimit = Positive(host.Memory);
        p.MemoryRequest = Positive(host.MemoryReservation);
        p.CpuLimit = host.NanoCpus > 0 ? Value((host.NanoCpus / 1e9).ToString(CultureInfo.InvariantCulture)) : Positive(host.CpuQuota);
        p.PidsLimit = Positive(host.PidsLimit ?? 0);
    }

    private static Setting<bool>? HostMode(string? mode) => mode == "host" ? new Setting<bool>(true, null, Engine) : null;

    private static Setting<string>? Positive(long value) => value > 0 ? Value(value.ToString(CultureInfo.InvariantCulture)) : null;

    private static Setting<string>? Value(string? value) => string.IsNullOrEmpty(value) ? null : new Setting<string>(value, null, Engine);
}
