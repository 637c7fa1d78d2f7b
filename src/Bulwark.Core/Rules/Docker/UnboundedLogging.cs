using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.Rules.Docker;

public sealed class UnboundedLogging : ModelRule<DockerContainer>
{
    /// <summary>Drivers that rotate by default (local) or ship logs off the host, so the host disk is not at risk.</summary>
    private static readonly HashSet<string> BoundedDrivers = new(StringComparer.Ordinal)
    {
        "local", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "etwlogs", "gcplogs", "logentries",
    };

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DKR001",
        Name = "unbounded-logging",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.MonitoringLogging,
        Title = "Container logging is disabled or unbounded",
        Description = "Checks the log driver of every Docker container: `json-file` needs a `max-size` (`--log-opt max-size=10m`, compose `logging.options.max-size`), `none` disables logging. `local` and remote drivers (syslog, journald, fluentd, gelf, ...) pass. A compose service or `docker run` command that sets no logging at all is reported at low severity, since the daemon's default (json-file without a size limit unless daemon.json sets `log-opts`) applies. On a running engine the daemon's defaults are already merged in, so the effective driver and options are judged.",
        Rationale = "Logs are the security record of a container. `none` throws it away; json-file without `max-size` grows until the host disk is full, a denial of service one noisy or malicious container can cause for every other one.",
        Remediation = "Use `--log-driver=json-file --log-opt max-size=10m --log-opt max-file=3` (compose: `logging: {driver: json-file, options: {max-size: 10m, max-file: \"3\"}}`), the `local` driver, or ship logs to a central driver.",
        Surfaces = Surfaces.Compose | Surfaces.DockerRun | Surfaces.DockerEngine,
        Cwe = [Taxonomy.CweLogging, Taxonomy.CweUncontrolledResourceAllocation],
        Mitre = [Taxonomy.MitreImpairDefenses, Taxonomy.MitreEndpointDos],
        Example = "logging:\n  driver: json-file",
        UseInstead = "logging:\n  driver: json-file\n  options:\n    max-size: 10m\n    max-file: \"3\"",
        Fix = FixAvailability.Safe,
        FixNote = "Compose: a service without `logging` gets `driver: json-file` with `max-size: 10m` and `max-file: \"3\"` (compose-harden's values), and json-file logging without `max-size` gets the missing rotation options. That is safe: rotation only bounds the disk the logs use, and the daemon's default driver is json-file anyway. Replacing `driver: none` or an explicit unlimited `max-size` overrides a choice, so those fixes are unsafe. A `logging` block shared through a YAML alias is not edited (it would change every service using it).",
    };

    public override void Check(DockerContainer d, RuleContext context)
    {
        var p = d.Profile;
        if (d.Logging is not { } logging)
        {
            var what = p.Term("logging", "logging", "--log-driver/--log-opt");
            context.Report(p.At(null), $"{p.Subject()} sets no {what}: the daemon default (json-file without max-size) keeps logs without a size limit", p.Object, p.Name, Severity.Low, "logging=unset");
            return;
        }

        var driver = logging.Driver?.Value ?? "json-file";
        if (driver.Contains('$', StringComparison.Ordinal) || BoundedDrivers.Contains(driver))
        {
            return;
        }

        var at = logging.Driver?.Span ?? logging.Span;
        if (driver == "none")
        {
            context.Report(p.At(at), $"{p.Subject()} disables logging (log driver none)", p.Object, p.Name, evidence: "driver=none");
        }
        else if (driver == "json-file" && !HasMaxSize(logging))
        {
            context.Report(p.At(at), $"{p.Subject()} logs with json-file without max-size: logs grow without bound", p.Object, p.Name, evidence: "json-file");
        }
    }

    /// <summary>A max-size of -1 is json-file's own "unlimited".</summary>
    internal static bool HasMaxSize(DockerLogging logging) =>
        logging.Options.TryGetValue("max-size", out var size) && size.Value.Trim() is { Length: > 0 } v && v != "-1"
        && !(long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == 0);
}
