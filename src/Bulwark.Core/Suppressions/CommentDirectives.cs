using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Suppressions;

/// <summary>
/// Reads <c># bulwark:ignore-file RULE[,RULE] -- reason</c> (whole file) and
/// <c># bulwark:ignore RULE[,RULE] -- reason</c> from a file's comments, YAML and Dockerfile alike.
/// A comment on a line of its own covers the next line; a trailing comment covers its own line.
/// </summary>
public static partial class CommentDirectives
{
    public const string IgnoreFile = "ignore-file";
    public const string Ignore = "ignore";

    private const string Prefix = "bulwark:";

    public static void Read(SourceFile file, List<SuppressionDirective> directives, List<DirectiveProblem> problems)
    {
        foreach (var (line, text) in file.Comments)
        {
            // Every directive names "bulwark:"; few comments do, and searching for it costs far less than the match.
            if (!text.Contains(Prefix, StringComparison.Ordinal) || Directive().Match(text) is not { Success: true } match)
            {
                continue;
            }

            var placement = CommentPlacement.Find(file, line, match.Groups["name"].Value);
            var at = new Location(file.Path, placement.Span);
            var name = match.Groups["name"].Value;
            if (name is not (Ignore or IgnoreFile))
            {
                problems.Add(new DirectiveProblem(at, $"unknown directive 'bulwark:{name}' (expected bulwark:ignore or bulwark:ignore-file)", "directive:" + name));
                continue;
            }

            var rules = DirectiveRules.Resolve(match.Groups["rules"].Value, at, null, problems);
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            directives.Add(name == IgnoreFile
                ? new SuppressionDirective(SuppressionKind.FileComment, at, rules, NullIfEmpty(reason), f => f.Location.File == file.Path)
                : new SuppressionDirective(SuppressionKind.LineComment, at, rules, NullIfEmpty(reason), Covers(file.Path, line, placement.OwnLine)));
        }
    }

    private static Func<Finding, bool> Covers(string path, int line, bool ownLine) =>
        f => f.Location.File == path && (f.Location.Line == line || (ownLine && f.Location.Line == line + 1));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // "bulwark:NAME rules -- reason"; the rule list stops at "--" (the reason) or at another "#"
    // (a second comment after the directive, such as a fixture's "# expect").
    [GeneratedRegex(@"^[#\s]*bulwark:(?<name>\S+)(?:\s+(?<rules>[^#]*?))?\s*(?:--(?<reason>.*)|#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
