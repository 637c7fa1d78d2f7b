using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// Appends a command to the end of a RUN script so it runs in the same layer, in the script's own
/// style: a new line in a heredoc script, a new <c>&amp;&amp;</c> continuation line when the RUN is
/// written one command per line, else <c> &amp;&amp; command</c> at the end of the last line.
/// </summary>
internal static class ScriptAppend
{
    /// <summary>The edit, or the reason the script cannot be extended safely.</summary>
    public static (TextEdit? Edit, string? Refusal) Append(DockerfileModel model, Instruction run, RunScript script, string command)
    {
        var text = script.Source.Text;
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var lastEnd = script.Commands.Length == 0 ? 0 : script.Commands.Max(c => c.End);
        var tail = text[Math.Min(lastEnd, end)..end].TrimEnd();
        if ((end == 0 ? "the RUN script is empty" : Refusal(tail)) is { } reason)
        {
            return (null, reason);
        }

        var file = model.File.Text;
        var at = DockerfileText.After(script.Source, end);
        if (run.Heredocs.Any(h => ReferenceEquals(h.Body, script.Source)))
        {
            // A heredoc script gets a line of its own, indented like its last line.
            return (DockerfileText.InsertLines(file, DockerfileText.NextLineStart(file, at), DockerfileText.Indentation(file, at), [command]), null);
        }

        if (tail.EndsWith(';'))
        {
            return (new TextEdit(at, at, " " + command), null);
        }

        var continued = ReferenceEquals(script.Source, run.ShellCommand?.Source) ? Continued(model, run, at, command) : null;
        return (continued ?? new TextEdit(at, at, " && " + command), null);
    }

    private static string? Refusal(string tail) => tail switch
    {
        _ when tail.Contains('#', StringComparison.Ordinal) => "a comment ends the RUN script",
        _ when tail.EndsWith("&&", StringComparison.Ordinal) || tail.EndsWith("||", StringComparison.Ordinal) || tail.EndsWith('|') || tail.EndsWith('\\') => "the RUN script ends with an operator",
        _ when tail.EndsWith('&') => "the RUN script ends with a background job",
        _ => null,
    };

    /// <summary>
    /// A RUN written one command per continuation line gets one more line, in the style of the last:
    /// <c>&amp;&amp; x</c> at the line start, or <c>x &amp;&amp; \</c> at the line end.
    /// </summary>
    private static TextEdit? Continued(DockerfileModel model, Instruction run, int at, string command)
    {
        var file = model.File.Text;
        var lastLine = DockerfileText.LineStart(file, at - 1);
        if (PreviousContentLine(file, lastLine, run.Span.Start.Offset) is not { } previous)
        {
            return null;
        }

        // The escape and the line break vanish when the parser joins the lines; the blanks around them stay.
        var indentation = DockerfileText.Indentation(file, at);
        var lineBreak = DockerfileText.LineBreak(file, at);
        var escape = model.EscapeChar.ToString();
        if (file.AsSpan(lastLine + indentation.Length).StartsWith("&&", StringComparison.Ordinal))
        {
            return new TextEdit(at, at, $" {escape}{lineBreak}{indentation}&& {command}") { Joined = $" {indentation}&& {command}" };
        }

        var previousText = file[previous..DockerfileText.NextLineStart(file, previous)].TrimEnd();
        if (previousText.EndsWith(escape, StringComparison.Ordinal) && previousText[..^1].TrimEnd().EndsWith("&&", StringComparison.Ordinal))
        {
            return new TextEdit(at, at, $" && {escape}{lineBreak}{indentation}{command}") { Joined = $" && {indentation}{command}" };
        }

        return null;
    }

    /// <summary>The start of the nearest line above <paramref name="lineStart"/> that is neither blank nor a comment, within the instruction.</summary>
    private static int? PreviousContentLine(string file, int lineStart, int instructionStart)
    {
        while (lineStart > instructionStart)
        {
            lineStart = DockerfileText.LineStart(file, lineStart - 1);
            var content = file[lineStart..DockerfileText.NextLineStart(file, lineStart)].Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                return lineStart >= DockerfileText.LineStart(file, instructionStart) ? lineStart : null;
            }
        }

        return null;
    }
}
