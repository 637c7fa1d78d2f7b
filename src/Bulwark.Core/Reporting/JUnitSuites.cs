using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>One JUnit test case: the findings of one rule on one object or container (suppressed ones included).</summary>
internal sealed record JUnitCase(string Name, IReadOnlyList<Finding> Findings)
{
    public IReadOnlyList<Finding> Active { get; } = [.. Findings.Where(f => f.Suppression is null)];
}

/// <summary>One JUnit test suite: a file with its cases and scan errors.</summary>
internal sealed record JUnitSuite(string Path, IReadOnlyList<JUnitCase> Cases, IReadOnlyList<ScanError> Errors)
{
    public int Failures => Cases.Count(c => c.Active.Count > 0);

    public int Skipped => Cases.Count(c => c.Active.Count == 0 && c.Findings.Count > 0);

    /// <summary>Cases plus one per error, or one passing case for a clean file.</summary>
    public int Tests => Math.Max(1, Cases.Count + Errors.Count);

    /// <summary>Every file read, found in or failed on, ordered by path; rule + object cases in report order.</summary>
    public static List<JUnitSuite> Build(ScanResult result, ReportOptions options)
    {
        var files = result.Files.Keys
            .Concat(result.Findings.Select(f => f.Location.File))
            .Concat(result.Errors.Select(e => e.File))
            .Distinct(StringComparer.Ordinal);
        return [.. files
            .Select(file => Suite(file, result, options))
            .OrderBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static JUnitSuite Suite(string file, ScanResult result, ReportOptions options)
    {
        var cases = result.Findings
            .Where(f => f.Location.File == file)
            .GroupBy(f => $"{f.Rule.Id} {f.Rule.Name} {Subject(f)}")
            .Select(g => new JUnitCase(g.Key, [.. g]))
            .ToList();
        var errors = result.Errors.Where(e => e.File == file).ToList();
        return new JUnitSuite(ReportPaths.Display(file, options), cases, errors);
    }

    /// <summary><c>Kind/ns/name</c>, plus <c>/container</c> when the finding is about one container.</summary>
    private static string Subject(Finding finding)
    {
        var obj = finding.Object?.ToString();
        return (obj, finding.Container) switch
        {
            (null, null) => "(file)",
            (null, { } container) => container,
            ({ } o, null) => o,
            ({ } o, { } container) => o + "/" + container,
        };
    }
}
