using System.Text.Json;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>The JSON report's property names and enumerated values, escaped and transcoded once instead of once per finding.</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
    public static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("ruleName");
    public static readonly JsonEncodedText Practice = JsonEncodedText.Encode("practice");
    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
    public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
    public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
    public static readonly JsonEncodedText Object = JsonEncodedText.Encode("object");
    public static readonly JsonEncodedText ApiVersion = JsonEncodedText.Encode("apiVersion");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Namespace = JsonEncodedText.Encode("namespace");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Container = JsonEncodedText.Encode("container");
    public static readonly JsonEncodedText Cwe = JsonEncodedText.Encode("cwe");
    public static readonly JsonEncodedText Mitre = JsonEncodedText.Encode("mitre");
    public static readonly JsonEncodedText Remediation = JsonEncodedText.Encode("remediation");
    public static readonly JsonEncodedText Fix = JsonEncodedText.Encode("fix");
    public static readonly JsonEncodedText Applicability = JsonEncodedText.Encode("applicability");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Suppressed = JsonEncodedText.Encode("suppressed");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");

    private static readonly JsonEncodedText Low = JsonEncodedText.Encode(Diagnostics.Severity.Low.ToName());
    private static readonly JsonEncodedText Medium = JsonEncodedText.Encode(Diagnostics.Severity.Medium.ToName());
    private static readonly JsonEncodedText High = JsonEncodedText.Encode(Diagnostics.Severity.High.ToName());
    private static readonly JsonEncodedText Critical = JsonEncodedText.Encode(Diagnostics.Severity.Critical.ToName());
    private static readonly JsonEncodedText SafeFix = JsonEncodedText.Encode(ReportNames.Name(FixApplicability.Safe));
    private static readonly JsonEncodedText UnsafeFix = JsonEncodedText.Encode(ReportNames.Name(FixApplicability.Unsafe));
    private static readonly JsonEncodedText DisplayFix = JsonEncodedText.Encode(ReportNames.Name(FixApplicability.DisplayOnly));

    /// <summary>The encoded <see cref="SeverityNames.ToName"/>.</summary>
    public static JsonEncodedText SeverityName(Severity severity) => severity switch
    {
        Diagnostics.Severity.Low => Low,
        Diagnostics.Severity.Medium => Medium,
        Diagnostics.Severity.High => High,
        _ => Critical,
    };

    /// <summary>The encoded <see cref="ReportNames.Name(FixApplicability)"/>.</summary>
    public static JsonEncodedText ApplicabilityName(FixApplicability applicability) => applicability switch
    {
        FixApplicability.Safe => SafeFix,
        FixApplicability.Unsafe => UnsafeFix,
        _ => DisplayFix,
    };
}
