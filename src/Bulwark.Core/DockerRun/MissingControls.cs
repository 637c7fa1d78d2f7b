using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerRun;

/// <summary>The flags a command lacks to meet each of the seed's runtime controls, given the flags it keeps.</summary>
internal static class MissingControls
{
    public static IEnumerable<(string Flag, string Reason)> For(List<ParsedFlag> kept, HardenDefaults d)
    {
        bool Has(string name, Func<string, bool>? match = null) => kept.Any(f => f.Flag.Name == name && (match is null || match(f.Value)));

        if (!Has("user"))
        {
            yield return ($"--user {d.User}", "run as a non-root user (RT001)");
        }

        if (!Has("cap-drop", v => Capabilities.Normalize(v) == "ALL"))
        {
            yield return ("--cap-drop=ALL", "drop every capability; add back only what is needed (RT002)");
        }

        if (!Has("read-only"))
        {
            yield return ("--read-only", "make the root filesystem read-only (RT004)");
        }

        if (!Has("tmpfs", FlagVerdicts.IsTmp) && !Has("volume", v => MountSpec.Volume(v, null).Target.Value.TrimEnd('/') == "/tmp") && !Has("mount", v => v.Contains("/tmp", StringComparison.Ordinal)))
        {
            yield return ($"--tmpfs /tmp:{d.TmpfsOptions}", "a writable /tmp that cannot hold executables or setuid files (RT004)");
        }

        foreach (var limit in Limits(kept, d))
        {
            yield return limit;
        }

        if (!Has("security-opt", v => SecurityOptions.Split(v).Key == "no-new-privileges"))
        {
            yield return ("--security-opt=no-new-privileges", "block privilege escalation through setuid binaries (RT006)");
        }

        foreach (var log in Logging(kept, d))
        {
            yield return log;
        }
    }

    private static IEnumerable<(string, string)> Limits(List<ParsedFlag> kept, HardenDefaults d)
    {
        if (!kept.Any(f => f.Flag.Name == "memory"))
        {
            yield return ($"--memory={d.Memory}", "cap memory (RT005)");
        }

        if (!kept.Any(f => f.Flag.Name is "cpus" or "cpu-quota"))
        {
            yield return ($"--cpus={d.Cpus}", "cap CPU (RT005)");
        }

        if (!kept.Any(f => f.Flag.Name == "pids-limit" && f.Value is not ("0" or "-1")))
        {
            yield return ($"--pids-limit={d.PidsLimit}", "cap the number of processes, against fork bombs (RT005)");
        }
    }

    /// <summary>A remote or rotating driver is kept; json-file (the default) gets max-size and max-file.</summary>
    private static IEnumerable<(string, string)> Logging(List<ParsedFlag> kept, HardenDefaults d)
    {
        var driver = kept.LastOrDefault(f => f.Flag.Name == "log-driver")?.Value;
        if (driver is not null && driver != "json-file")
        {
            yield break;
        }

        if (driver is null)
        {
            yield return ("--log-driver=json-file", "keep logs, with bounded files (DKR001)");
        }

        var options = kept.Where(f => f.Flag.Name == "log-opt").Select(f => f.Value.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        if (!options.Contains("max-size"))
        {
            yield return ($"--log-opt max-size={d.LogMaxSize}", "rotate the log file at this size (DKR001)");
        }

        if (!options.Contains("max-file"))
        {
            yield return ($"--log-opt max-file={d.LogMaxFile}", "keep this many rotated files (DKR001)");
        }
    }
}
