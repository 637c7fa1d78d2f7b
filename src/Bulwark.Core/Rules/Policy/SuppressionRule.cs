using Bulwark.Engine;

namespace Bulwark.Rules.Policy;

/// <summary>
/// Base of the BW rules, which judge suppressions rather than inputs. They need every other rule's
/// findings first, so the engine's suppression pass reports them; their own <see cref="Run"/> does
/// nothing. Being in the catalogue still makes them selectable, documented and severity-overridable.
/// </summary>
public abstract class SuppressionRule : ISessionRule
{
    public abstract RuleMetadata Metadata { get; }

    /// <summary>True for the BW rules: suppressions of them are never themselves reported as unused.</summary>
    public static bool IsSuppressionRule(RuleMetadata rule) => rule.Id.StartsWith("BW", StringComparison.Ordinal);

    public void Run(AnalysisSession session, RuleContext context)
    {
        // Reported by Suppressions.SuppressionPass, after the other rules ran.
    }
}
