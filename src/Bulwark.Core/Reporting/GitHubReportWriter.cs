using System.Globalization;
using System.Text;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>), which the runner turns
/// into annotations on the pull request. Suppressed findings are left out; scan errors are errors.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    public void Write(ScanResult result, TextWriter output, ReportOptions options)
    {
        foreach (var finding in result.Active)
        {
            var properties = Properties(ReportPaths.Display(finding.Location.File, options), finding.Location.Span);
            properties.Add(("title", $"{finding.Rule.Id} {finding.Rule.Name}"));
            output.Write(Command(ReportNames.GitHubLevel(finding.Severity), properties, finding.Message));
        }

        foreach (var error in result.Errors)
        {
            var properties = Properties(ReportPaths.Display(error.File, options), null);
            if (error.Line > 0)
            {
                properties.Add(("line", Number(error.Line)));
                properties.Add(("col", Number(Math.Max(1, error.Column))));
            }

            properties.Add(("title", "bulwark scan error"));
            output.Write(Command("error", properties, error.Message));
        }
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as data, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static string Command(string level, List<(string Key, string Value)> properties, string message)
    {
        var text = new StringBuilder("::").Append(level).Append(' ');
        text.AppendJoin(',', properties.Select(p => p.Key + "=" + EscapeProperty(p.Value)));
        return text.Append("::").Append(EscapeData(message)).Append('\n').ToString();
    }

    private static List<(string Key, string Value)> Properties(string file, SourceSpan? span)
    {
        var properties = new List<(string, string)> { ("file", file) };
        if (span is { } s)
        {
            properties.Add(("line", Number(s.Start.Line)));
            properties.Add(("col", Number(s.Start.Column)));
            properties.Add(("endLine", Number(s.End.Line)));
            properties.Add(("endColumn", Number(s.End.Column)));
        }

        return properties;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
