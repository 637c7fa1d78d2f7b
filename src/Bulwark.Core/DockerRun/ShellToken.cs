namespace Bulwark.DockerRun;

/// <summary>
/// One shell word: its text with quotes and escapes removed (expansions such as <c>$VAR</c> and
/// <c>$(...)</c> are kept as written, never expanded) and the offsets of its source text.
/// A <see cref="IsSeparator"/> token stands for <c>;</c>, <c>&amp;&amp;</c>, <c>|</c>, a newline, ...
/// </summary>
public sealed record ShellToken(string Text, int Start, int End, bool IsSeparator = false)
{
    /// <summary>True when the source text is exactly the word (no quotes or escapes), so sub-spans can be computed.</summary>
    public bool IsVerbatim(string source) => End - Start == Text.Length && string.CompareOrdinal(source, Start, Text, 0, Text.Length) == 0;

    /// <summary>True when the whole word is one expansion (<c>$X</c>, <c>${X}</c>, <c>$(cmd)</c>): its value is unknown here.</summary>
    public bool IsExpansion => Text.Length > 1 && Text[0] == '$' && !Text.Contains(' ', StringComparison.Ordinal) || Text.StartsWith("$(", StringComparison.Ordinal);
}
