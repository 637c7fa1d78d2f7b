using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Suppressions;

/// <summary>Where on its line a directive comment sits, and whether code precedes it (a trailing comment).</summary>
internal readonly record struct CommentPlacement(SourceSpan Span, bool OwnLine)
{
    public static CommentPlacement Find(SourceFile file, int line, string directiveName)
    {
        var text = file.Line(line);
        var at = text.IndexOf("bulwark:" + directiveName, StringComparison.Ordinal);
        var hash = at > 0 ? text.LastIndexOf('#', at) : -1;
        var ownLine = hash < 0 || string.IsNullOrWhiteSpace(text[..hash]);
        var column = (hash >= 0 ? hash : Math.Max(at, 0)) + 1;
        var start = new SourcePosition(line, column, LineStart(file.Text, line) + column - 1);
        var end = new SourcePosition(line, text.Length + 1, start.Offset + text.Length - column + 1);
        return new CommentPlacement(new SourceSpan(start, end), ownLine);
    }

    private static int LineStart(string text, int line)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; current++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        return offset;
    }
}
