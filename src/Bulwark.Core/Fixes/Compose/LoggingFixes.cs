using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// DKR001 on a compose service: json-file logging with <c>max-size</c>/<c>max-file</c> (compose-harden's
/// values). Adding logging or rotation options is safe (the issue names log rotation options safe): it
/// only bounds disk use. Turning <c>driver: none</c> into json-file, or replacing an explicit unlimited
/// <c>max-size</c>, overrides a choice, so those are unsafe.
/// </summary>
internal static class LoggingFixes
{
    public static ComposeDraft? BoundLogs(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        var gap = ComposeHardening.Logging(target.Docker.Logging);
        if (gap == LoggingGap.Unset)
        {
            var logging = FixValue.Map(("driver", FixValue.String(ComposeHardening.LogDriver)), ("options", Options(d)));
            return new ComposeDraft("Log with json-file, max-size and max-file", FixApplicability.Safe, [FixOperation.Add(target.Own.Then("logging"), logging)]);
        }

        if (gap == LoggingGap.None || target.Service.Find("logging") is not { } found)
        {
            return null;
        }

        var (layer, refusal) = target.PathOf(found.Layer);
        var title = gap == LoggingGap.Disabled ? "Log with json-file, max-size and max-file" : "Rotate json-file logs (max-size, max-file)";
        var applicability = gap == LoggingGap.NoMaxSize ? FixApplicability.Safe : FixApplicability.Unsafe;
        return layer is null
            ? ComposeDraft.Refuse(title, applicability, refusal!)
            : new ComposeDraft(title, applicability, Operations(gap, layer.Then("logging"), target, d));
    }

    private static List<FixOperation> Operations(LoggingGap gap, FixPath logging, ComposeFixTarget target, HardenDefaults d)
    {
        var options = target.Docker.Logging!.Options;
        var ops = new List<FixOperation>();
        if (gap == LoggingGap.Disabled)
        {
            ops.Add(FixOperation.Replace(logging.Then("driver"), FixValue.String(ComposeHardening.LogDriver)));
        }

        ops.Add(options.ContainsKey("max-size")
            ? FixOperation.Replace(logging.Then("options", "max-size"), FixValue.String(d.LogMaxSize))
            : FixOperation.Add(logging.Then("options", "max-size"), FixValue.String(d.LogMaxSize)));
        if (!options.ContainsKey("max-file"))
        {
            ops.Add(FixOperation.Add(logging.Then("options", "max-file"), MaxFile(d)));
        }

        return ops;
    }

    private static FixMap Options(HardenDefaults d) =>
        FixValue.Map(("max-size", FixValue.String(d.LogMaxSize)), ("max-file", MaxFile(d)));

    // Log options are strings to compose; quoted as compose-harden writes it.
    private static FixScalar MaxFile(HardenDefaults d) => FixValue.String(d.LogMaxFile, quoted: true);
}
