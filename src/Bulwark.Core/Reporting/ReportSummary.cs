using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>The counts every format's summary shows: active findings by severity, suppressed, errors, files read.</summary>
public sealed record ReportSummary(int Files, int Critical, int High, int Medium, int Low, int Suppressed, int Errors)
{
    public int Findings => Critical + High + Medium + Low;

    public static ReportSummary Of(ScanResult result)
    {
        var active = result.Active.ToList();
        int Count(Severity severity) => active.Count(f => f.Severity == severity);
        return new ReportSummary(
            result.Files.Count,
            Count(Severity.Critical),
            Count(Severity.High),
            Count(Severity.Medium),
            Count(Severity.Low),
            result.Suppressed.Count(),
            result.Errors.Count);
    }

    /// <summary>
    /// The text summary line, e.g. <c>Found 12 findings (1 critical, 3 high, 8 medium, 0 low) in 2 files; 0 suppressed; 1 error.</c>
    /// </summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Found {Plural(Findings, "finding")} ({Critical} critical, {High} high, {Medium} medium, {Low} low) in {Plural(Files, "file")}; {Suppressed} suppressed; {Plural(Errors, "error")}.");

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
