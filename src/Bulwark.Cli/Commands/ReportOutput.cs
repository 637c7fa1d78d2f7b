using Bulwark.Engine;
using Bulwark.Reporting;

namespace Bulwark.Cli.Commands;

/// <summary>Renders a scan result in the chosen format to stdout or, atomically, to <c>--output</c>.</summary>
public static class ReportOutput
{
    public static bool Write(ScanResult result, ScanSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var writer = ReportFormats.Get(settings.Format);
        var options = new ReportOptions
        {
            Color = settings.Color,
            Concise = settings.Concise,
            BaseDirectory = Environment.CurrentDirectory,
            ShowSuppressed = settings.ShowSuppressed,
        };
        if (settings.OutputPath is null)
        {
            writer.Write(result, stdout, options);
            return true;
        }

        using var buffer = new StringWriter();
        writer.Write(result, buffer, options);
        try
        {
            AtomicFile.Write(settings.OutputPath, buffer.ToString());
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {settings.OutputPath}: {ex.Message}");
            return false;
        }
    }
}
