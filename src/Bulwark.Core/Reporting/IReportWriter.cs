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
}

/// <summary>Interim stub until the report branch lands.</summary>
public static class ReportFormats
{
    public static IReportWriter Create(string name) => new PlainWriter();

    private sealed class PlainWriter : IReportWriter
    {
        public void Write(ScanResult result, TextWriter output, ReportOptions options)
        {
            foreach (var f in result.Findings)
            {
                output.WriteLine($"{f.Location.File}:{f.Location.Line}:{f.Location.Column}: {f.Rule.Id} [{f.Rule.Name}] {f.Severity}: {f.Message}");
            }

            foreach (var e in result.Errors)
            {
                output.WriteLine(e.ToString());
            }
        }
    }
}
