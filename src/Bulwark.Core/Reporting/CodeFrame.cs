using System.Globalization;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>
/// A Ruff-style code frame: the span's first line under a line-number gutter and a <c>^~~~</c>
/// underline from the start column to the end column (or to the end of the line for multi-line spans).
/// </summary>
internal static class CodeFrame
{
    public static IEnumerable<string> Render(string source, SourceSpan span, TextStyle style, Severity severity)
    {
        var number = span.Start.Line.ToString(CultureInfo.InvariantCulture);
        var blank = style.Gutter(new string(' ', GutterWidth(span)) + "|");
        yield return blank;
        yield return style.Gutter(number + " |") + " " + source;
        yield return blank + " " + style.For(severity, Underline(source, span));
        yield return blank;
    }

    /// <summary>The width of the gutter before its <c>|</c>: the line number and one space.</summary>
    public static int GutterWidth(SourceSpan span) => span.Start.Line.ToString(CultureInfo.InvariantCulture).Length + 1;

    /// <summary>Spaces (tabs kept, so the caret lines up) up to the start column, then <c>^</c> and <c>~</c> to the end.</summary>
    public static string Underline(string source, SourceSpan span)
    {
        var start = Math.Max(1, span.Start.Column);
        var end = span.End.Line == span.Start.Line ? span.End.Column : source.Length + 1;
        var width = Math.Max(1, end - start);
        var indent = source.Length >= start - 1
            ? new string([.. source[..(start - 1)].Select(c => c == '\t' ? '\t' : ' ')])
            : new string(' ', start - 1);
        return indent + "^" + new string('~', width - 1);
    }
}
