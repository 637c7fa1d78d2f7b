using Bulwark.Diagnostics;

namespace Bulwark.Rules;

/// <summary>
/// Handed to a rule while it runs. <see cref="Report"/> is the only way to create a finding, so every
/// finding gets the rule's metadata, a severity and a location.
/// </summary>
public sealed class RuleContext
{
    private readonly Action<Finding> _sink;

    public RuleContext(RuleMetadata rule, RuleOptions options, Action<Finding> sink)
    {
        Rule = rule;
        Options = options;
        _sink = sink;
    }

    public RuleMetadata Rule { get; }

    public RuleOptions Options { get; }

    public void Report(
        Location location,
        string message,
        ObjectRef? obj = null,
        string? container = null,
        Severity? severity = null,
        string? evidence = null,
        FixSuggestion? fix = null)
    {
        _sink(new Finding(Rule, severity ?? Rule.DefaultSeverity, message, location, obj, container)
        {
            Evidence = evidence,
            Fix = fix,
        });
    }
}
