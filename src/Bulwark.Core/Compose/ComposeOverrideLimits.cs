using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Compose;

/// <summary>Override lines for missing limits (<c>deploy.resources.limits</c>) and unbounded logging.</summary>
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

internal static class ComposeOverrideLogging
{
    public static void Add(DockerContainer service, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        var logging = service.Logging;
        var driver = logging?.Driver?.Value;
        var options = $"  options:\n    max-size: {d.LogMaxSize}\n    max-file: {YamlText.Quote(d.LogMaxFile)}";
        if (logging is null || driver == "none")
        {
            add(logging is null ? HardenAction.Added : HardenAction.Replaced, "logging:\n  driver: json-file\n" + options, "keep logs, with bounded files (DKR001)");
        }
        else if (driver is null or "json-file" && !logging.Options.ContainsKey("max-size"))
        {
            add(HardenAction.Added, "logging:\n" + options, "rotate json-file logs (DKR001)");
        }
    }
}
