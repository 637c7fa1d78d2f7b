using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// A fix for one finding in one file. Each surface lowers its own kind: YAML surfaces (Kubernetes,
/// compose) as path operations on an object (<see cref="YamlFix"/>), line-oriented surfaces
/// (Dockerfile) as text edits (<see cref="TextFix"/>).
/// </summary>
public abstract record FileFix(string File, string RuleId, string Title, FixApplicability Applicability)
{
    /// <summary>Where the finding is, for messages about a fix that could not be made.</summary>
    public SourceSpan? At { get; init; }
}

/// <summary>Path operations on the mapping <see cref="Root"/> (an object: a document root or a List item).</summary>
public sealed record YamlFix(string File, string RuleId, string Title, FixApplicability Applicability, YamlMapping Root, IReadOnlyList<FixOperation> Operations)
    : FileFix(File, RuleId, Title, Applicability)
{
    /// <summary>Why the surface already knows the fix cannot be made in this file (e.g. the value is written in another file); null when it can.</summary>
    public string? Refused { get; init; }
}

/// <summary>Literal text edits, for surfaces without a tree (Dockerfile instructions).</summary>
public sealed record TextFix(string File, string RuleId, string Title, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits)
    : FileFix(File, RuleId, Title, Applicability)
{
    /// <summary>Why the fix cannot be made in this file (no edits then); null when it can.</summary>
    public string? Refusal { get; init; }
}

/// <summary>Replace <c>[Start, End)</c> of the text with <see cref="Text"/>; Start == End inserts.</summary>
public sealed record TextEdit(int Start, int End, string Text)
{
    public bool IsInsert => Start == End;

    /// <summary>
    /// What the edit adds to the instruction as the parser joins it, when that differs from <see cref="Text"/>:
    /// a new continuation line <c> \&#10;    &amp;&amp; x</c> joins as <c>     &amp;&amp; x</c>. The fix loop checks the
    /// re-parsed instruction against it.
    /// </summary>
    public string? Joined { get; init; }

    /// <summary>True when this edit conflicts with <paramref name="other"/>: overlapping ranges, or two inserts at one place (their order would be a guess).</summary>
    public bool Conflicts(TextEdit other) => Overlaps(other) || (IsInsert && other.IsInsert && Start == other.Start);

    public bool Overlaps(TextEdit other) =>
        (IsInsert || other.IsInsert)
            ? (Start > other.Start && Start < other.End) || (other.Start > Start && other.Start < End)
            : Start < other.End && other.Start < End;

    /// <summary>Applies non-overlapping edits; inserts at the same offset keep their order and go before a removal there.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.Select((e, i) => (Edit: e, Order: i)).OrderBy(x => x.Edit.Start).ThenBy(x => x.Edit.IsInsert ? 0 : 1).ThenBy(x => x.Order);
        var result = new System.Text.StringBuilder(text.Length + 256);
        var at = 0;
        foreach (var (edit, _) in ordered)
        {
            result.Append(text, at, edit.Start - at).Append(edit.Text);
            at = edit.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
