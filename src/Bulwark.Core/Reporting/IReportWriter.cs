using Bulwark.Engine;

namespace Bulwark.Reporting;

public interface IReportWriter
{
    void Write(ScanResult result, TextWriter output, ReportOptions options);
}

public sealed record ReportOptions
{
    public bool Color { get; init; }

    public bool Concise { get; init; }

    /// <summary>List suppressed findings too (<c>--show-suppressed</c>); they are always counted in the summary.</summary>
    public bool ShowSuppressed { get; init; }
}

/// <summary>Interim stub until the report branch lands.</summary>
public static class ReportFormats
{
    public static IReportWriter Create(string name) => new PlainWriter();

    private sealed class PlainWriter : IReportWriter
    {
        public void Write(ScanResult result, TextWriter output, ReportOptions options)
        {
            foreach (var f in options.ShowSuppressed ? result.Findings : result.Active)
            {
                var suppressed = f.Suppression is { } s ? $" (suppressed: {s.Kind}{(s.Reason is null ? "" : ": " + s.Reason)})" : "";
                output.WriteLine($"{f.Location.File}:{f.Location.Line}:{f.Location.Column}: {f.Rule.Id} [{f.Rule.Name}] {f.Severity}: {f.Message}{suppressed}");
            }

            if (!options.ShowSuppressed && result.Suppressed.Any())
            {
                output.WriteLine($"{result.Suppressed.Count()} suppressed finding(s) not shown (--show-suppressed lists them)");
            }

            foreach (var e in result.Errors)
            {
                output.WriteLine(e.ToString());
            }
        }
    }
}
