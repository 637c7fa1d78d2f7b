using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Suppressions;

namespace Bulwark.Cli.Commands;

/// <summary><c>--write-baseline FILE</c>: records the scan's findings and returns the result as judged against that baseline.</summary>
internal static class BaselineOutput
{
    /// <summary>
    /// Writes the active findings (and those an older <c>--baseline</c> absorbed, which still exist)
    /// atomically, then marks them baselined, so the run reports only what the new baseline misses
    /// (nothing). Returns null, after printing why, when the file cannot be written.
    /// </summary>
    public static ScanResult? Write(ScanResult result, string path, TextWriter stderr)
    {
        var recorded = result.Findings.Where(f => f.Suppression is null or { Kind: SuppressionKind.Baseline });
        var baseline = Baseline.Of(recorded.Select(f => f with { Suppression = null }), path);
        try
        {
            AtomicFile.Write(path, BaselineJson.Write(baseline));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write baseline {path}: {ex.Message}");
            return null;
        }

        stderr.WriteLine($"wrote baseline {path} ({baseline.Total} finding(s))");
        var matcher = baseline.Matcher();
        return result with { Findings = [.. result.Findings.Select(matcher.Review)] };
    }
}
