using System.Text.Json;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Reporting;

/// <summary>
/// The machine format, version 1 (documented in <c>docs/json-report.md</c>). Property order is fixed;
/// suppressed findings are included with their <c>suppressed</c> reason.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int Version = 1;

    // Findings below which one thread writes the whole list (JsonOutput.WriteArrayItems).
    private const int FindingsPerThread = 256;

    public void Write(ScanResult result, TextWriter output, ReportOptions options) =>
        JsonOutput.Write(output, (json, sink) =>
        {
            OpenFindings(json);
            var findings = result.Findings;
            JsonOutput.WriteArrayItems(json, sink, findings.Count, OpenFindings, (writer, start, end) => WriteFindings(writer, findings, start, end, options), FindingsPerThread);
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

    private static void OpenFindings(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteStartArray("findings");
    }

    private static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<Finding> findings, int start, int end, ReportOptions options)
    {
        // One cache per thread: the texts are reused along consecutive findings of a range.
        var texts = new EncodedTexts(options);
        var files = new EncodedFile[Sha256Lanes.Lanes];
        var paths = new string[Sha256Lanes.Lanes];
        var fingerprints = new string[Sha256Lanes.Lanes];
        for (var i = start; i < end; i += Sha256Lanes.Lanes)
        {
            var count = Math.Min(Sha256Lanes.Lanes, end - i);
            for (var j = 0; j < count; j++)
            {
                files[j] = texts.File(findings[i + j].Location.File);
                paths[j] = files[j].Display;
            }

            Fingerprints.Of(findings, i, paths.AsSpan(0, count), fingerprints);
            for (var j = 0; j < count; j++)
            {
                WriteFinding(json, findings[i + j], files[j], fingerprints[j], texts);
            }
        }
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, EncodedFile file, string fingerprint, EncodedTexts texts)
    {
        var rule = texts.Of(finding.Rule);
        json.WriteStartObject();
        json.WriteString(JsonNames.RuleId, rule.Id);
        json.WriteString(JsonNames.RuleName, rule.Name);
        json.WriteString(JsonNames.Practice, rule.Practice);
        json.WriteString(JsonNames.Severity, JsonNames.SeverityName(finding.Severity));
        json.WriteString(JsonNames.Message, finding.Message);
        json.WriteString(JsonNames.File, file.Encoded);
        WriteSpan(json, finding.Location.Span);
        WriteObject(json, finding.Object is { } obj ? texts.Of(obj) : null);
        json.WriteString(JsonNames.Container, finding.Container);
        WriteRendered(json, JsonNames.Cwe, rule.Cwe);
        WriteRendered(json, JsonNames.Mitre, rule.Mitre);
        json.WriteString(JsonNames.Remediation, rule.Remediation);
        JsonParts.WriteFix(json, finding.Fix);
        JsonParts.WriteSuppression(json, finding.Suppression);
        json.WriteString(JsonNames.Fingerprint, fingerprint);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, SourceSpan? span)
    {
        JsonParts.WritePosition(json, JsonNames.Line, span?.Start.Line);
        JsonParts.WritePosition(json, JsonNames.Column, span?.Start.Column);
        JsonParts.WritePosition(json, JsonNames.EndLine, span?.End.Line);
        JsonParts.WritePosition(json, JsonNames.EndColumn, span?.End.Column);
    }

    private static void WriteObject(Utf8JsonWriter json, RenderedJson? obj)
    {
        if (obj is null)
        {
            json.WriteNull(JsonNames.Object);
            return;
        }

        WriteRendered(json, JsonNames.Object, obj);
    }

    /// <summary>A property whose value was rendered once (<see cref="RenderedJson"/>), written as the writer would write it here.</summary>
    private static void WriteRendered(Utf8JsonWriter json, JsonEncodedText name, RenderedJson value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value.At(json.CurrentDepth), skipInputValidation: true);
    }

    private static void WriteObjectValue(Utf8JsonWriter json, ObjectRef obj)
    {
        json.WriteStartObject();
        JsonParts.WriteOptional(json, JsonNames.ApiVersion, EncodeOptional(obj.ApiVersion));
        json.WriteString(JsonNames.Kind, Encode(obj.Kind));
        JsonParts.WriteOptional(json, JsonNames.Namespace, EncodeOptional(obj.Namespace));
        json.WriteString(JsonNames.Name, Encode(obj.Name));
        json.WriteEndObject();
    }

    private static void WriteStringArray(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(Encode(value));
        }

        json.WriteEndArray();
    }

    private static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, JsonOutput.Options.Encoder);

    private static JsonEncodedText? EncodeOptional(string? value) => value is null ? null : Encode(value);

    private static void WriteError(Utf8JsonWriter json, ScanError error, ReportOptions options)
    {
        json.WriteStartObject();
        json.WriteString("file", ReportPaths.Display(error.File, options));
        JsonParts.WritePosition(json, JsonNames.Line, error.Line > 0 ? error.Line : null);
        JsonParts.WritePosition(json, JsonNames.Column, error.Line > 0 ? error.Column : null);
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

    /// <summary>
    /// A rule's strings (the long remediation above all), the current file's path and the current
    /// object, escaped with the report's encoder once per rule, file and object: findings repeat them,
    /// and escaping and transcoding each string again was most of the writer's time. A rule's CWE and
    /// MITRE lists and the object are rendered whole, as the writer renders them (<see cref="RenderedJson"/>).
    /// </summary>
    private sealed class EncodedTexts(ReportOptions options)
    {
        private readonly Dictionary<RuleMetadata, EncodedRule> _rules = new(ReferenceEqualityComparer.Instance);
        private string? _file;
        private EncodedFile? _encodedFile;
        private readonly Dictionary<ObjectRef, RenderedJson> _objects = [];
        private (ObjectRef Object, RenderedJson Rendered)? _lastObject;

        public EncodedRule Of(RuleMetadata rule)
        {
            if (!_rules.TryGetValue(rule, out var encoded))
            {
                _rules[rule] = encoded = new EncodedRule(
                    Encode(rule.Id), Encode(rule.Name), Encode(rule.Practice), Encode(rule.Remediation),
                    new RenderedJson(json => WriteStringArray(json, rule.Cwe)), new RenderedJson(json => WriteStringArray(json, rule.Mitre)));
            }

            return encoded;
        }

        /// <summary>The file as reported, and encoded. Findings come ordered by file, so the last file is nearly always the one asked for.</summary>
        public EncodedFile File(string file)
        {
            if (_encodedFile is null || (!ReferenceEquals(file, _file) && file != _file))
            {
                var display = ReportPaths.Display(file, options);
                _file = file;
                _encodedFile = new EncodedFile(display, Encode(display));
            }

            return _encodedFile;
        }

        /// <summary>
        /// Objects repeat within a file and across files (every single-stage Dockerfile's stage 0);
        /// consecutive findings mostly name the same one, compared before any hashing.
        /// </summary>
        public RenderedJson Of(ObjectRef obj)
        {
            if (_lastObject is not null && obj.Equals(_lastObject.Value.Object))
            {
                return _lastObject.Value.Rendered;
            }

            if (!_objects.TryGetValue(obj, out var rendered))
            {
                _objects[obj] = rendered = new RenderedJson(json => WriteObjectValue(json, obj));
            }

            _lastObject = (obj, rendered);
            return rendered;
        }
    }

    private sealed record EncodedRule(JsonEncodedText Id, JsonEncodedText Name, JsonEncodedText Practice, JsonEncodedText Remediation, RenderedJson Cwe, RenderedJson Mitre);

    private sealed record EncodedFile(string Display, JsonEncodedText Encoded);
}
