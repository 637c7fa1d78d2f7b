using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;
using Bulwark.Rules.Docker;

namespace Bulwark.Compose;

/// <summary>What a compose service's logging lacks, as <c>DKR001</c> judges it.</summary>
public enum LoggingGap
{
    None,

    /// <summary>No <c>logging</c> at all: the daemon's default (json-file, unbounded) applies.</summary>
    Unset,

    /// <summary><c>driver: none</c>.</summary>
    Disabled,

    /// <summary>json-file (or no driver) without <c>max-size</c>.</summary>
    NoMaxSize,

    /// <summary>json-file with a <c>max-size</c> that means unlimited (<c>-1</c>, <c>0</c>).</summary>
    UnlimitedMaxSize,
}

/// <summary>A limit compose can set on a service (RT005 asks for all three).</summary>
public enum ComposeLimit
{
    Cpus,
    Memory,
    Pids,
}

/// <summary>
/// The seed's runtime practices as compose spells them, and when a service lacks each one. Shared by
/// <c>compose-harden</c> (an override file) and <c>bulwark fix</c> (in-place edits), so both write the
/// same values for the same reasons; the values themselves are <see cref="HardenDefaults"/>.
/// </summary>
public static class ComposeHardening
{
    public const string DropAll = "ALL";

    public const string NoNewPrivileges = "no-new-privileges:true";

    public const string LogDriver = "json-file";

    public const string Tmp = "/tmp";

    public static string TmpfsSpec(HardenDefaults d) => $"{Tmp}:{d.TmpfsOptions}";

    public static bool RunsAsRoot(ContainerProfile p) => p.RunAsUser?.Value == 0 || p.UserName?.Value == "root";

    /// <summary>Root, or no user at all (the image's user, root for most images).</summary>
    public static bool NeedsUser(ContainerProfile p) => RunsAsRoot(p) || (p.RunAsUser is null && p.UserName is null);

    /// <summary>Anything mounted at /tmp already: a second mount there would clash, so none is added.</summary>
    public static bool HasTmpMount(ContainerProfile p) => p.Mounts.Any(m => m.Target.Value.TrimEnd('/') == Tmp);

    public static IEnumerable<ComposeLimit> MissingLimits(ContainerProfile p)
    {
        if (p.CpuLimit is null)
        {
            yield return ComposeLimit.Cpus;
        }

        if (p.MemoryLimit is null)
        {
            yield return ComposeLimit.Memory;
        }

        if (p.PidsLimit is null)
        {
            yield return ComposeLimit.Pids;
        }
    }

    public static string LimitValue(ComposeLimit limit, HardenDefaults d) => limit switch
    {
        ComposeLimit.Cpus => d.Cpus,
        ComposeLimit.Memory => d.Memory,
        _ => d.PidsLimit,
    };

    public static LoggingGap Logging(DockerLogging? logging)
    {
        var driver = logging?.Driver?.Value;
        if (logging is null || driver == "none")
        {
            return logging is null ? LoggingGap.Unset : LoggingGap.Disabled;
        }

        if (driver is not (null or LogDriver))
        {
            return LoggingGap.None;
        }

        return !logging.Options.ContainsKey("max-size") ? LoggingGap.NoMaxSize
            : UnboundedLogging.HasMaxSize(logging) ? LoggingGap.None : LoggingGap.UnlimitedMaxSize;
    }
}
