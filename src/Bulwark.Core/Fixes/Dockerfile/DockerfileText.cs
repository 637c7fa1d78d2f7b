using Bulwark.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// Where and how to write into a Dockerfile so the rest stays byte-identical: offsets from the parser's
/// source map, the file's own line endings, indentation and keyword case.
/// </summary>
internal static class DockerfileText
{
    /// <summary>The file offset just after character <paramref name="index"/> - 1 of <paramref name="source"/> (its start for 0).</summary>
    public static int After(SourceText source, int index) =>
        index <= 0 ? source.OffsetOf(0) : source.OffsetOf(index - 1) + 1;

    /// <summary>The offset of the line after the one holding <paramref name="offset"/> (the end of the text on the last line).</summary>
    public static int NextLineStart(string text, int offset)
    {
        var newline = text.IndexOf('\n', offset);
        return newline < 0 ? text.Length : newline + 1;
    }

    public static int LineStart(string text, int offset) =>
        offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>The line break of the line holding <paramref name="offset"/>, else the file's first one, else <c>\n</c>.</summary>
    public static string LineBreak(string text, int offset)
    {
        var newline = text.IndexOf('\n', offset);
        if (newline < 0)
        {
            newline = text.IndexOf('\n', StringComparison.Ordinal);
        }

        return newline > 0 && text[newline - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>The blanks between the line start and <paramref name="offset"/> (an indented instruction's indentation).</summary>
    public static string Indentation(string text, int offset)
    {
        var start = LineStart(text, offset);
        var end = start;
        while (end < offset && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary><paramref name="keyword"/> in the file's case: lower case when the final FROM is written in lower case.</summary>
    public static string Keyword(DockerfileModel model, string keyword)
    {
        var from = model.FinalStage?.From;
        var written = from is null ? "FROM" : model.File.Text.Substring(from.KeywordSpan.Start.Offset, from.KeywordSpan.End.Offset - from.KeywordSpan.Start.Offset);
        return written.Length > 0 && written.All(char.IsLower) ? keyword.ToLowerInvariant() : keyword;
    }

    /// <summary>
    /// Inserts whole lines (no continuations) before the line starting at <paramref name="lineStart"/>, indented
    /// like <paramref name="indentation"/>; at the end of a file without a final line break, one is added first.
    /// </summary>
    public static TextEdit InsertLines(string text, int lineStart, string indentation, IEnumerable<string> lines)
    {
        var lineBreak = LineBreak(text, Math.Max(0, lineStart - 1));
        var prefix = lineStart == text.Length && text.Length > 0 && text[^1] != '\n' ? lineBreak : string.Empty;
        return new TextEdit(lineStart, lineStart, prefix + string.Concat(lines.Select(l => indentation + l + lineBreak)));
    }
}
