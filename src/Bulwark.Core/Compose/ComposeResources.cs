using Bulwark.Profiles;

namespace Bulwark.Compose;

/// <summary>
/// CPU, memory and PID limits: <c>deploy.resources.limits</c> and the legacy <c>cpus</c>,
/// <c>cpu_quota</c>, <c>mem_limit</c>, <c>pids_limit</c>, which compose maps to the same engine
/// fields. <c>cpu_shares</c> is a relative weight, not a limit. A PID limit of 0 or -1 is unlimited.
/// </summary>
internal static class ComposeResources
{
    public static void Fill(ContainerProfile p, ComposeService s)
    {
        p.CpuLimit = First(s, ["deploy", "resources", "limits", "cpus"], ["cpus"], ["cpu_quota"]);
        p.MemoryLimit = First(s, ["deploy", "resources", "limits", "memory"], ["mem_limit"]);
        p.CpuRequest = First(s, ["deploy", "resources", "reservations", "cpus"]);
        p.MemoryRequest = First(s, ["deploy", "resources", "reservations", "memory"], ["mem_reservation"]);
        var pids = First(s, ["deploy", "resources", "limits", "pids"], ["pids_limit"]);
        p.PidsLimit = pids is { Value: "0" or "-1" } ? null : pids;
    }

    private static Setting<string>? First(ComposeService s, params string[][] paths) =>
        paths.Select(path => ComposeProfiles.Text(s, path)).FirstOrDefault(v => v is not null && v.Value is not ("0" or ""));
}
