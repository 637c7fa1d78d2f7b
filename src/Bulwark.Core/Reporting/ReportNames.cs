using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Reporting;

/// <summary>How severities and fix/suppression kinds map onto each format's vocabulary.</summary>
public static class ReportNames
{
    /// <summary>SARIF <c>level</c>: critical/high → error, medium → warning, low → note.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>GitHub workflow command: critical/high → error, medium → warning, low → notice.</summary>
    public static string GitHubLevel(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "notice",
    };

    /// <summary>SARIF <c>security-severity</c> on GitHub code scanning's 0–10 scale (≥9 critical, ≥7 high, ≥4 medium).</summary>
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        _ => "3.0",
    };

    public static string Name(FixApplicability applicability) => applicability switch
    {
        FixApplicability.Safe => "safe",
        FixApplicability.Unsafe => "unsafe",
        _ => "display",
    };

    public static string Name(SuppressionKind kind) => kind switch
    {
        SuppressionKind.Config => "config",
        SuppressionKind.FileComment => "file-comment",
        SuppressionKind.LineComment => "line-comment",
        SuppressionKind.Annotation => "annotation",
        _ => "baseline",
    };

    /// <summary>True for the practices whose findings point at credentials: their source text is masked in code frames.</summary>
    public static bool IsSecret(RuleMetadata rule) => rule.Practice.StartsWith("secrets.", StringComparison.Ordinal);
}
