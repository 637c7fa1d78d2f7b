using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// One argument of an instruction exactly as written (quotes and escapes kept), with its span.
/// For instructions where BuildKit substitutes variables (FROM, USER, COPY/ADD, ENV, ARG, EXPOSE,
/// WORKDIR, ...) <see cref="Expanded"/> holds the value after quote removal and ARG/ENV substitution.
/// </summary>
public sealed class DockerWord
{
    internal DockerWord(SourceText source, string? value = null)
    {
        Source = source;
        JsonValue = value;
    }

    /// <summary>The text as written in the file (for a JSON element: the quoted JSON string).</summary>
    public string Raw => Source.Text;

    public SourceSpan Span => Source.Span;

    /// <summary>The text with its origin, so a part of the word can be located precisely.</summary>
    public SourceText Source { get; }

    /// <summary>The decoded string of a JSON (exec form) element; null in shell form.</summary>
    public string? JsonValue { get; }

    // Set when BuildKit's word processing leaves the word as written: its Expansion, the text with no
    // substitutions, is made only if someone asks (most words are only ever read through Value).
    private bool _plain;
    private Expansion? _expanded;

    /// <summary>The value after BuildKit's word processing, for instructions that get it.</summary>
    public Expansion? Expanded
    {
        get => _expanded ??= _plain ? new Expansion(Raw, []) : null;
        internal set => _expanded = value;
    }

    /// <summary>Expanded value when known, else the decoded JSON value, else the raw text.</summary>
    public string Value => _plain ? Raw : Expanded?.Value ?? JsonValue ?? Raw;

    public override string ToString() => Raw;

    /// <summary>Records that word processing leaves this word as written.</summary>
    internal void MarkPlain() => _plain = true;
}

/// <summary>
/// The result of substituting variables in a word as BuildKit does, assuming no <c>--build-arg</c>
/// overrides (ARG defaults apply). <see cref="Unresolved"/> names variables that had no value at all,
/// so the real value depends on what the build passes in.
/// </summary>
public sealed record Expansion(string Value, IReadOnlyList<Substitution> Substitutions)
{
    public IEnumerable<string> Unresolved => Substitutions.Where(s => !s.Resolved).Select(s => s.Name);

    public bool IsResolved => Substitutions.All(s => s.Resolved);

    public bool HasSubstitutions => Substitutions.Count > 0;
}

/// <summary>
/// One <c>$VAR</c> / <c>${VAR}</c> / <c>${VAR:-default}</c> / <c>${VAR:+alt}</c> ... in a word.
/// <see cref="Source"/> says where the value came from (an ARG or ENV instruction, a built-in
/// platform argument, the modifier's default), null when the variable had no value.
/// </summary>
public sealed record Substitution(string Name, string? Modifier, SourceSpan Span, string Value, bool Resolved, string? Source);
