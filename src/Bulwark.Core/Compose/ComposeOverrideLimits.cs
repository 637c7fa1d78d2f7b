using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Compose;

/// <summary>Override lines for missing CPU, memory and PID limits, under <c>deploy.resources.limits</c>.</summary>
internal static class ComposeOverrideLimits
{
    public static void Add(ContainerProfile p, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        // Keys under deploy.resources.limits; the CPU count is quoted as compose's own examples write it.
        var limits = ComposeHardening.MissingLimits(p).Select(limit => limit switch
        {
            ComposeLimit.Cpus => $"cpus: {YamlText.Quote(d.Cpus)}",
            ComposeLimit.Memory => $"memory: {d.Memory}",
            _ => $"pids: {d.PidsLimit}",
        }).ToList();
        if (limits.Count > 0)
        {
            add(HardenAction.Added, "deploy:\n  resources:\n    limits:\n" + string.Join('\n', limits.Select(l => "      " + l)), "cap CPU, memory and processes (RT005)");
        }
    }
}
