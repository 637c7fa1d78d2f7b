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

    /// <summary>Looks at one line; returns the directive it is, if any. A bad one is reported through <paramref name="error"/>.</summary>
    public ParserDirective? Read(string line, Func<int, int, SourceSpan> span, Action<SourcePosition, string> error)
    {
        if (Done)
        {
            return null;
        }

        var match = Pattern().Match(line);
        var name = match.Success ? match.Groups[1].Value.ToLowerInvariant() : string.Empty;
        if (name is not ("syntax" or "escape" or "check"))
        {
            Done = true;
            return null;
        }

        var directive = new ParserDirective(name, match.Groups[2].Value, span(match.Groups[2].Index, match.Groups[2].Index + match.Groups[2].Length));
        if (!(_seen ??= new(StringComparer.Ordinal)).Add(name))
        {
            error(directive.Span.Start, $"only one {name} parser directive can be used");
            return null;
        }

        if (name == "escape" && directive.Value is not ("\\" or "`"))
        {
            error(directive.Span.Start, $"invalid escape token '{directive.Value}' does not match ` or \\");
            return null;
        }

        return directive;
    }

    [GeneratedRegex(@"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
