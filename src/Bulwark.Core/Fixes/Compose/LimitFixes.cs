using System.Globalization;
using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// RT005 on a compose service: the missing CPU, memory and PID limits, with compose-harden's values
/// (the CPU and memory ones from <c>--limits</c>). They go under <c>deploy.resources.limits</c>, as
/// compose-harden writes them, unless the service already uses the legacy keys (<c>cpus</c>,
/// <c>mem_limit</c>, <c>pids_limit</c>) or the file declares format 2, which has no <c>deploy</c>.
/// </summary>
internal static class LimitFixes
{
    private static readonly string[] LegacyKeys = ["cpus", "cpu_quota", "mem_limit", "pids_limit"];

    public static ComposeDraft? AddLimits(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        var legacy = UsesLegacyKeys(target);
        var ops = ComposeHardening.MissingLimits(target.Profile)
            .Select(limit => ServiceEdits.Set(target, Value(limit, d), Keys(limit, legacy)))
            .ToList();
        return ops.Count == 0 ? null : new ComposeDraft("Add CPU, memory and PID limits", FixApplicability.Unsafe, ops);
    }

    private static bool UsesLegacyKeys(ComposeFixTarget target) =>
        target.Project.Root.String("version")?.StartsWith('2') == true
        || (target.Service.Find("deploy", "resources", "limits") is null && LegacyKeys.Any(k => target.Service.Find(k) is not null));

    private static string[] Keys(ComposeLimit limit, bool legacy) => (limit, legacy) switch
    {
        (ComposeLimit.Cpus, true) => ["cpus"],
        (ComposeLimit.Memory, true) => ["mem_limit"],
        (ComposeLimit.Pids, true) => ["pids_limit"],
        (ComposeLimit.Cpus, false) => ["deploy", "resources", "limits", "cpus"],
        (ComposeLimit.Memory, false) => ["deploy", "resources", "limits", "memory"],
        _ => ["deploy", "resources", "limits", "pids"],
    };

    /// <summary>Written as compose-harden writes them: the CPU count quoted, memory plain, the PID count a number.</summary>
    private static FixValue Value(ComposeLimit limit, HardenDefaults d)
    {
        var text = ComposeHardening.LimitValue(limit, d);
        return limit switch
        {
            ComposeLimit.Cpus => FixValue.String(text, quoted: true),
            ComposeLimit.Pids when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pids) => FixValue.Int(pids),
            _ => FixValue.String(text),
        };
    }
}
