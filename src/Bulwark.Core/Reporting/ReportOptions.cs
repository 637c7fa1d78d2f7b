using System.Reflection;

namespace Bulwark.Reporting;

/// <summary>How to render a report. The CLI fills these from flags, the terminal and the environment.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    /// <summary>ANSI colour in the text format. The CLI sets it when stdout is a terminal and <c>NO_COLOR</c> is unset.</summary>
    public bool Color { get; init; }

    /// <summary>Text format only: one line per finding, no code frames.</summary>
    public bool Concise { get; init; }

    /// <summary>Text format: list suppressed findings too, marked with why (<c>--show-suppressed</c>); they are always counted in the summary.</summary>
    public bool ShowSuppressed { get; init; }

    /// <summary>Absolute file paths under this directory are shown relative to it (the CLI passes the working directory).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The tool version written into SARIF; tests pin it so snapshots do not change on release.</summary>
    /// <remarks>Read from the assembly's attributes only when a report asks (reflection is a cost on every run).</remarks>
    public string ToolVersion
    {
        get => _toolVersion ?? (s_assemblyVersion ??= AssemblyVersion());
        init => _toolVersion = value;
    }

    private static string? s_assemblyVersion;

    private readonly string? _toolVersion;

    /// <summary>The project's home page, SARIF <c>tool.driver.informationUri</c>.</summary>
    public string InformationUri { get; init; } = "https://github.com/bulwark/bulwark";

    /// <summary>
    /// Colour on a terminal only: <paramref name="outputIsTerminal"/> is false for <c>--output</c> files and
    /// redirected stdout; any non-empty <c>NO_COLOR</c> (https://no-color.org) turns it off.
    /// </summary>
    public static bool UseColor(bool outputIsTerminal, string? noColor) => outputIsTerminal && string.IsNullOrEmpty(noColor);

    private static string AssemblyVersion()
    {
        var version = typeof(ReportOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
