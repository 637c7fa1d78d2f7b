using Bulwark.Docker;
using Bulwark.DockerRun;

namespace Bulwark.Compose;

/// <summary>Override lines for missing or unbounded logging: json-file with max-size and max-file.</summary>
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
