using System.Text.Json;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>
/// The machine format, version 1 (documented in <c>docs/json-report.md</c>). Property order is fixed;
/// suppressed findings are included with their <c>suppressed</c> reason.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int Version = 1;

    public void Write(ScanResult result, TextWriter output, ReportOptions options) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                WriteFinding(json, finding, options);
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                WriteError(json, error, options);
            }

            json.WriteEndArray();
            WriteSummary(json, ReportSummary.Of(result));
            json.WriteEndObject();
        });

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportOptions options)
    {
        var path = ReportPaths.Display(finding.Location.File, options);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteString("ruleName", finding.Rule.Name);
        json.WriteString("practice", finding.Rule.Practice);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteString("file", path);
        WriteSpan(json, finding.Location.Span);
        JsonParts.WriteObject(json, finding.Object);
        json.WriteString("container", finding.Container);
        JsonParts.WriteStrings(json, "cwe", finding.Rule.Cwe);
        JsonParts.WriteStrings(json, "mitre", finding.Rule.Mitre);
        json.WriteString("remediation", finding.Rule.Remediation);
        JsonParts.WriteFix(json, finding.Fix);
        JsonParts.WriteSuppression(json, finding.Suppression);
        json.WriteString("fingerprint", Fingerprints.Of(finding, path));
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, SourceSpan? span)
    {
        JsonParts.WritePosition(json, "line", span?.Start.Line);
        JsonParts.WritePosition(json, "column", span?.Start.Column);
        JsonParts.WritePosition(json, "endLine", span?.End.Line);
        JsonParts.WritePosition(json, "endColumn", span?.End.Column);
    }

    private static void WriteError(Utf8JsonWriter json, ScanError error, ReportOptions options)
    {
        json.WriteStartObject();
        json.WriteString("file", ReportPaths.Display(error.File, options));
        JsonParts.WritePosition(json, "line", error.Line > 0 ? error.Line : null);
        JsonParts.WritePosition(json, "column", error.Line > 0 ? error.Column : null);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("findings", summary.Findings);
        json.WriteStartObject("bySeverity");
        json.WriteNumber("critical", summary.Critical);
        json.WriteNumber("high", summary.High);
        json.WriteNumber("medium", summary.Medium);
        json.WriteNumber("low", summary.Low);
        json.WriteEndObject();
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteNumber("errors", summary.Errors);
        json.WriteEndObject();
    }
}
