using Bulwark.Docker;
using Bulwark.DockerRun;

namespace Bulwark.Compose;

/// <summary>Override lines for missing or unbounded logging: json-file with max-size and max-file.</summary>
internal static class ComposeOverrideLogging
{
    public static void Add(DockerContainer service, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        var gap = ComposeHardening.Logging(service.Logging);
        var options = $"  options:\n    max-size: {d.LogMaxSize}\n    max-file: {YamlText.Quote(d.LogMaxFile)}";
        if (gap is LoggingGap.Unset or LoggingGap.Disabled)
        {
            var action = gap == LoggingGap.Unset ? HardenAction.Added : HardenAction.Replaced;
            add(action, $"logging:\n  driver: {ComposeHardening.LogDriver}\n" + options, "keep logs, with bounded files (DKR001)");
        }
        else if (gap is LoggingGap.NoMaxSize or LoggingGap.UnlimitedMaxSize)
        {
            add(HardenAction.Added, "logging:\n" + options, "rotate json-file logs (DKR001)");
        }
    }
}
