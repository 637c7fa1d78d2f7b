using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>
/// The human format (Ruff style): per finding a <c>path:line:col: ID [name] severity: message</c>
/// header, a code frame and a help line; then errors; then one summary line. Suppressed findings are
/// only counted, unless <see cref="ReportOptions.ShowSuppressed"/> lists them too, marked with why.
/// <see cref="ReportOptions.Concise"/> keeps only the headers.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public void Write(ScanResult result, TextWriter output, ReportOptions options)
    {
        var style = new TextStyle(options.Color);
        var mask = SecretMask.From(result);
        var shown = options.ShowSuppressed ? result.Findings : result.Active;
        foreach (var finding in shown.GroupBy(f => f.Location.File, StringComparer.Ordinal).SelectMany(g => g))
        {
            output.WriteLine(Header(finding, options, style));
            if (!options.Concise)
            {
                WriteDetail(finding, result, mask, output, style);
            }
        }

        foreach (var error in result.Errors)
        {
            output.WriteLine(ErrorLine(error, options, style));
        }

        if (!options.Concise && result.Errors.Count > 0)
        {
            output.WriteLine();
        }

        output.WriteLine(style.Bold(ReportSummary.Of(result).ToString()));
    }

    private static string Header(Finding finding, ReportOptions options, TextStyle style)
    {
        var where = ReportPaths.Position(ReportPaths.Display(finding.Location.File, options), finding.Location.Line, finding.Location.Column);
        var rule = style.For(finding.Severity, finding.Rule.Id);
        var severity = style.For(finding.Severity, finding.Severity.ToName());
        return $"{style.Bold(where)} {rule} [{finding.Rule.Name}] {severity}: {finding.Message}{FixMark(finding.Fix)}{SuppressedMark(finding.Suppression)}";
    }

    private static string SuppressedMark(Suppression? suppression) => suppression switch
    {
        null => string.Empty,
        { Reason: null } => $" (suppressed: {ReportNames.Name(suppression.Kind)})",
        _ => $" (suppressed: {ReportNames.Name(suppression.Kind)}: {suppression.Reason})",
    };

    private static void WriteDetail(Finding finding, ScanResult result, SecretMask mask, TextWriter output, TextStyle style)
    {
        var indent = 2;
        if (finding.Location.Span is { } span && result.Files.TryGetValue(finding.Location.File, out var file))
        {
            var source = mask.Apply(file.Path, span.Start.Line, file.Line(span.Start.Line));
            foreach (var line in CodeFrame.Render(source, span, style, finding.Severity))
            {
                output.WriteLine(line);
            }

            indent = CodeFrame.GutterWidth(span);
        }

        output.WriteLine($"{new string(' ', indent)}{style.Help("= help:")} {finding.Rule.Remediation}");
        output.WriteLine();
    }

    private static string ErrorLine(ScanError error, ReportOptions options, TextStyle style) =>
        $"{style.Bold(ReportPaths.Position(ReportPaths.Display(error.File, options), error.Line, error.Column))} {style.Error("error")}: {error.Message}";

    private static string FixMark(FixSuggestion? fix) => fix?.Applicability switch
    {
        FixApplicability.Safe => " [fix]",
        FixApplicability.Unsafe => " [unsafe fix]",
        _ => string.Empty,
    };
}
