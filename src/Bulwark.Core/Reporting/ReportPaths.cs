using System.Globalization;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>How reports name files: relative to <see cref="ReportOptions.BaseDirectory"/>, with forward slashes.</summary>
public static class ReportPaths
{
    /// <summary>The path to show: relative when under the base directory; stdin and pseudo paths (<c>docker://x</c>) unchanged.</summary>
    public static string Display(string file, ReportOptions options)
    {
        if (file == SourceFile.StdinPath || IsPseudo(file))
        {
            return file;
        }

        if (options.BaseDirectory is { } root && Path.IsPathRooted(file))
        {
            var relative = Path.GetRelativePath(root, file);
            file = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
        }

        return Path.DirectorySeparatorChar == '\\' ? file.Replace('\\', '/') : file;
    }

    /// <summary>A SARIF artifact URI: the display path percent-escaped per segment; stdin is <c>stdin</c>.</summary>
    public static string Uri(string file, ReportOptions options)
    {
        if (file == SourceFile.StdinPath)
        {
            return "stdin";
        }

        if (IsPseudo(file))
        {
            return file;
        }

        var display = Display(file, options);
        return Path.IsPathRooted(display)
            ? new System.Uri(display).AbsoluteUri
            : string.Join('/', display.Split('/').Select(System.Uri.EscapeDataString));
    }

    /// <summary><c>path:line:col:</c>, or <c>path:</c> when there is no line.</summary>
    public static string Position(string path, int line, int column) =>
        line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}:") : path + ":";

    private static bool IsPseudo(string file) => file.Contains("://", StringComparison.Ordinal);
}
