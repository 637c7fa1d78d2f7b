namespace Bulwark.DockerRun;

/// <summary>A <c>docker run</c> / <c>docker create</c> flag: canonical long name, one-letter shorthand, whether it takes a value.</summary>
public sealed record DockerFlag(string Name, char? Short, bool TakesValue);

/// <summary>
/// Every flag of <c>docker run</c> and <c>docker create</c> (Docker CLI 28, from <c>docker run --help</c>)
/// plus the hidden aliases the CLI still accepts (<c>--net</c>, <c>--net-alias</c>, <c>--dns-opt</c>).
/// A flag not in this table is an error, never a guess.
/// </summary>
public static class DockerRunFlags
{
    private static readonly string[] BoolFlags =
    [
        "detach/d", "disable-content-trust", "help", "init", "interactive/i", "no-healthcheck", "oom-kill-disable",
        "privileged", "publish-all/P", "quiet/q", "read-only", "rm", "sig-proxy", "tty/t", "use-api-socket",
    ];

    private static readonly string[] ValueFlags =
    [
        "add-host", "annotation", "attach/a", "blkio-weight", "blkio-weight-device", "cap-add", "cap-drop", "cgroup-parent",
        "cgroupns", "cidfile", "cpu-count", "cpu-percent", "cpu-period", "cpu-quota", "cpu-rt-period", "cpu-rt-runtime",
        "cpu-shares/c", "cpus", "cpuset-cpus", "cpuset-mems", "detach-keys", "device", "device-cgroup-rule", "device-read-bps",
        "device-read-iops", "device-write-bps", "device-write-iops", "dns", "dns-option", "dns-search", "domainname",
        "entrypoint", "env/e", "env-file", "expose", "gpus", "group-add", "health-cmd", "health-interval", "health-retries",
        "health-start-interval", "health-start-period", "health-timeout", "hostname/h", "io-maxbandwidth", "io-maxiops", "ip",
        "ip6", "ipc", "isolation", "kernel-memory", "label/l", "label-file", "link", "link-local-ip", "log-driver", "log-opt",
        "mac-address", "memory/m", "memory-reservation", "memory-swap", "memory-swappiness", "mount", "name", "network",
        "network-alias", "oom-score-adj", "pid", "pids-limit", "platform", "publish/p", "pull", "restart", "runtime",
        "security-opt", "shm-size", "stop-signal", "stop-timeout", "storage-opt", "sysctl", "tmpfs", "ulimit", "user/u",
        "userns", "uts", "volume/v", "volume-driver", "volumes-from", "workdir/w",
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["net"] = "network",
        ["net-alias"] = "network-alias",
        ["dns-opt"] = "dns-option",
    };

    private static readonly Dictionary<string, DockerFlag> ByName = Build();

    private static readonly Dictionary<char, DockerFlag> ByShort =
        ByName.Values.Where(f => f.Short is not null).DistinctBy(f => f.Short).ToDictionary(f => f.Short!.Value);

    public static DockerFlag? Long(string name) =>
        ByName.TryGetValue(Aliases.GetValueOrDefault(name, name), out var flag) ? flag : null;

    public static DockerFlag? Short(char name) => ByShort.GetValueOrDefault(name);

    private static Dictionary<string, DockerFlag> Build()
    {
        var flags = new Dictionary<string, DockerFlag>(StringComparer.Ordinal);
        foreach (var (spec, takesValue) in BoolFlags.Select(f => (f, false)).Concat(ValueFlags.Select(f => (f, true))))
        {
            var parts = spec.Split('/');
            flags[parts[0]] = new DockerFlag(parts[0], parts.Length > 1 ? parts[1][0] : null, takesValue);
        }

        return flags;
    }
}
