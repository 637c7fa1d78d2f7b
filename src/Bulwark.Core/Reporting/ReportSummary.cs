using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>The counts every format's summary shows: active findings by severity, suppressed, errors, files read.</summary>
public sealed record ReportSummary(int Files, int Critical, int High, int Medium, int Low, int Suppressed, int Errors)
{
    public int Findings => Critical + High + Medium + Low;

    /// <summary>The counts, in one pass over the findings.</summary>
    public static ReportSummary Of(ScanResult result)
    {
        int critical = 0, high = 0, medium = 0, low = 0, suppressed = 0;
        foreach (var finding in result.Findings)
        {
            if (finding.Suppression is not null)
            {
                suppressed++;
                continue;
            }

            switch (finding.Severity)
            {
                case Severity.Critical: critical++; break;
                case Severity.High: high++; break;
                case Severity.Medium: medium++; break;
                case Severity.Low: low++; break;
            }
        }

        return new ReportSummary(result.Files.Count, critical, high, medium, low, suppressed, result.Errors.Count);
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
