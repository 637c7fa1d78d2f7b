using Bulwark.Common;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerRun;

/// <summary>
/// Decides, flag by flag, whether a flag the user wrote is unsafe (removed or replaced) or kept.
/// Unsafe means it defeats one of the seed's controls: privileged, dangerous capabilities, host
/// namespaces, unconfined seccomp/AppArmor/system paths, no-new-privileges off, root user or
/// group, read-only off, an executable or setuid /tmp, logging off.
/// </summary>
internal static class FlagVerdicts
{
    /// <summary>Why the flag is unsafe, or null when it is kept as written.</summary>
    public static string? Unsafe(ParsedFlag flag, IReadOnlySet<string> allowedCaps)
    {
        var value = flag.Value;
        return flag.Flag.Name switch
        {
            "privileged" when value != "false" => "a privileged container has every capability and device (RT007)",
            "cap-add" when !allowedCaps.Contains(Capabilities.Normalize(value)) && Capabilities.Dangerous.Contains(Capabilities.Normalize(value)) =>
                "a dangerous capability (RT003)",
            "network" or "pid" or "ipc" when value == "host" => "shares a host namespace (RT008)",
            "security-opt" => UnsafeSecurityOption(value),
            "user" when value.Split(':')[0] is "0" or "root" => "runs as root (RT001)",
            "group-add" when value is "0" or "root" => "adds the root group (RT001)",
            "read-only" when value == "false" => "keeps the root filesystem writable (RT004)",
            "log-driver" when value == "none" => "throws the container's logs away (DKR001)",
            "tmpfs" when IsTmp(value) && MountSpec.Tmpfs(value, null).Options.Any(o => o is "exec" or "suid") => "makes /tmp executable or setuid (RT004)",
            _ => null,
        };
    }

    public static bool IsTmp(string tmpfsSpec) => tmpfsSpec.Split(':')[0].TrimEnd('/') == "/tmp";

    private static string? UnsafeSecurityOption(string option)
    {
        var (key, value) = SecurityOptions.Split(option);
        var unconfined = string.Equals(value, "unconfined", StringComparison.OrdinalIgnoreCase);
        return key switch
        {
            "seccomp" when unconfined => "turns seccomp off (RT012)",
            "apparmor" when unconfined => "turns AppArmor off (RT013)",
            "systempaths" when unconfined => "unmasks /proc and /sys (RT011)",
            "no-new-privileges" when value is "false" or "0" => "allows privilege escalation (RT006)",
            _ => null,
        };
    }

    /// <summary>Why a kept flag still deserves a warning, or null.</summary>
    public static string? Warning(ParsedFlag flag)
    {
        switch (flag.Flag.Name)
        {
            case "publish" when PortSpec.Parse(flag.Value, null).OnAllInterfaces:
                return "publishes on all interfaces (DKR003); bind to 127.0.0.1 if only local clients need it";
            case "publish-all" when flag.Value != "false":
                return "publishes every exposed port on all interfaces (DKR003)";
            case "restart" when RestartSpec.Parse(flag.Value) is { } policy && RestartSpec.IsUnbounded(policy):
                return "restarts without a retry limit (DKR004); consider on-failure:5";
            case "volume" when MountSpec.Volume(flag.Value, null).Kind == MountKind.HostPath:
            case "mount" when MountFlag.Parse(flag.Value, null)?.Kind == MountKind.HostPath:
                return "mounts a host path (RT010); make sure it is the narrowest path, read-only";
            case "use-api-socket" when flag.Value != "false":
                return "mounts the Docker API socket (RT010): whoever is in the container controls the host";
            default:
                return null;
        }
    }
}
