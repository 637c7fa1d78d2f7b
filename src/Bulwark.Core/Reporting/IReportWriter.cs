using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>Renders a scan result in one output format. Writers never touch the console: the caller passes the writer.</summary>
public interface IReportWriter
{
    void Write(ScanResult result, TextWriter output, ReportOptions options);
}
