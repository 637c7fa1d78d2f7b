using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Compose;

/// <summary>Override lines for missing CPU, memory and PID limits, under <c>deploy.resources.limits</c>.</summary>
internal static class ComposeOverrideLimits
{
    public static void Add(ContainerProfile p, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        var limits = new List<string>();
        if (p.CpuLimit is null)
        {
            limits.Add($"cpus: {YamlText.Quote(d.Cpus)}");
        }

        if (p.MemoryLimit is null)
        {
            limits.Add($"memory: {d.Memory}");
        }

        if (p.PidsLimit is null)
        {
            limits.Add($"pids: {d.PidsLimit}");
        }

        if (limits.Count > 0)
        {
            add(HardenAction.Added, "deploy:\n  resources:\n    limits:\n" + string.Join('\n', limits.Select(l => "      " + l)), "cap CPU, memory and processes (RT005)");
        }
    }
}
