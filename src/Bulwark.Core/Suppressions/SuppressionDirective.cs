using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Suppressions;

/// <summary>
/// One in-source suppression (a <c>bulwark:ignore</c> comment or a <c>bulwark.dev/ignore</c>
/// annotation): the rules it names, what it covers, and which of its rules it actually suppressed,
/// so the unused ones can be reported.
/// </summary>
public sealed class SuppressionDirective
{
    private readonly Func<Finding, bool> _covers;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public SuppressionDirective(SuppressionKind kind, Location location, IReadOnlyList<RuleMetadata> rules, string? reason, Func<Finding, bool> covers)
    {
        Kind = kind;
        Location = location;
        Rules = rules;
        Reason = reason;
        _covers = covers;
    }

    public SuppressionKind Kind { get; }

    /// <summary>Where the directive is written; unused-suppression findings point here.</summary>
    public Location Location { get; }

    public ObjectRef? Object { get; init; }

    public string? Container { get; init; }

    public IReadOnlyList<RuleMetadata> Rules { get; }

    public string? Reason { get; }

    /// <summary>The rules named here that no finding matched.</summary>
    public IEnumerable<RuleMetadata> Unused => Rules.Where(r => !_used.Contains(r.Id));

    public bool Suppresses(Finding finding) =>
        Rules.Any(r => r.Id == finding.Rule.Id) && _covers(finding);

    public void MarkUsed(RuleMetadata rule) => _used.Add(rule.Id);

    public Suppression ToSuppression() => new(Kind, Reason);
}

/// <summary>A malformed suppression (unknown rule, no rule, unknown directive or annotation), reported as invalid-suppression.</summary>
public sealed record DirectiveProblem(Location Location, string Message, string Evidence)
{
    public ObjectRef? Object { get; init; }
}
