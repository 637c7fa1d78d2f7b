using Bulwark.Rules;

namespace Bulwark.Diagnostics;

/// <summary>
/// One reported problem. Only <see cref="RuleContext.Report"/> creates findings, so every finding
/// carries its rule's metadata and a real location.
/// </summary>
public sealed record Finding(
    RuleMetadata Rule,
    Severity Severity,
    string Message,
    Location Location,
    ObjectRef? Object,
    string? Container)
{
    /// <summary>The offending value, already redacted when it is a secret; feeds baseline fingerprints.</summary>
    public string? Evidence { get; init; }

    /// <summary>The fix offered for this finding, if any.</summary>
    public FixSuggestion? Fix { get; init; }

    /// <summary>Why this finding is suppressed (null when it is active).</summary>
    public Suppression? Suppression { get; init; }
}

/// <summary>A fix's applicability, as Ruff defines it.</summary>
public enum FixApplicability
{
    Safe,
    Unsafe,
    DisplayOnly,
}

public sealed record FixSuggestion(FixApplicability Applicability, string Title)
{
    /// <summary>
    /// The fix's concrete text edits on its file, computed only when a report asks for them (SARIF
    /// <c>fixes</c>); set for safe fixes that can be made. Not part of the suggestion's identity.
    /// </summary>
    public Lazy<IReadOnlyList<Fixes.TextEdit>>? Edits { get; init; }

    public bool Equals(FixSuggestion? other) =>
        other is not null && Applicability == other.Applicability && string.Equals(Title, other.Title, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Applicability, StringComparer.Ordinal.GetHashCode(Title));
}

/// <summary>Where a suppression came from; SARIF maps in-source kinds to <c>inSource</c>, the rest to <c>external</c>.</summary>
public enum SuppressionKind
{
    Config,
    FileComment,
    LineComment,
    Annotation,
    Baseline,
}

public sealed record Suppression(SuppressionKind Kind, string? Reason);
