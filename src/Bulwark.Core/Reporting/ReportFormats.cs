using Bulwark.Reporting.Sarif;

namespace Bulwark.Reporting;

/// <summary>The report formats by name, as <c>--format</c> accepts them.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string JUnit = "junit";
    public const string GitHub = "github";

    public static IReadOnlyList<string> Names { get; } = [Text, Json, Sarif, JUnit, GitHub];

    /// <summary>The writer for a format name (case-insensitive), or null when the name is unknown.</summary>
    public static IReportWriter? Find(string name) => name.ToLowerInvariant() switch
    {
        Text => new TextReportWriter(),
        Json => new JsonReportWriter(),
        Sarif => new SarifReportWriter(),
        JUnit => new JUnitReportWriter(),
        GitHub => new GitHubReportWriter(),
        _ => null,
    };

    /// <summary>The writer for a format name; throws <see cref="ArgumentException"/> naming the valid formats.</summary>
    public static IReportWriter Get(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown report format \"{name}\" (expected one of: {string.Join(", ", Names)})", nameof(name));
}
