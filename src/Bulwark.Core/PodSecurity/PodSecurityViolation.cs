using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity;

/// <summary>
/// One failed check: upstream's check ID, ForbiddenReason and ForbiddenDetail, plus where it is in
/// the source. <see cref="Span"/> is the first offending field (or the nearest enclosing key when
/// the problem is a missing field); <see cref="Locations"/> lists every offending place.
/// </summary>
public sealed record PodSecurityViolation(string CheckId, string Reason, string Detail, IReadOnlyList<SourceSpan> Locations)
{
    public SourceSpan Span => Locations[0];

    /// <summary>Upstream's per-check text: <c>reason (detail)</c>, or the bare reason when detail is empty.</summary>
    public string Message => Detail.Length == 0 ? Reason : $"{Reason} ({Detail})";
}
