using System.Text.RegularExpressions;
using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// Parser directives (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>): only at the very top,
/// each at most once. The first line that is not a known directive ends them, a blank line included.
/// </summary>
internal sealed partial class DirectiveReader
{
    // Made for the first directive: most files have none.
    private HashSet<string>? _seen;

    public bool Done { get; private set; }

    /// <summary>
    /// Looks at the line <c>text[from..end)</c>; returns the directive it is, if any. A bad one is added
    /// to the model's errors. (The pattern is matched in place: a match on a range anchors to the range.)
    /// </summary>
    public ParserDirective? Read(string text, int from, int end, LineIndex index, DockerfileModel model)
    {
        if (Done)
        {
            return null;
        }

        var match = Pattern().Match(text, from, end - from);
        var name = match.Success ? match.Groups[1].Value.ToLowerInvariant() : string.Empty;
        if (name is not ("syntax" or "escape" or "check"))
        {
            Done = true;
            return null;
        }

        var value = match.Groups[2];
        var directive = new ParserDirective(name, value.Value, index.Span(value.Index, value.Index + value.Length));
        if (!(_seen ??= new(StringComparer.Ordinal)).Add(name))
        {
            model.Errors.Add(new DockerfileError(directive.Span.Start, $"only one {name} parser directive can be used"));
            return null;
        }

        if (name == "escape" && directive.Value is not ("\\" or "`"))
        {
            model.Errors.Add(new DockerfileError(directive.Span.Start, $"invalid escape token '{directive.Value}' does not match ` or \\"));
            return null;
        }

        return directive;
    }

    [GeneratedRegex(@"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
