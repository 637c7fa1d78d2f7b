using Bulwark.Configuration;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Suppressions;

/// <summary>
/// The engine's last step: marks suppressed findings (they stay in the result, flagged), adds the
/// BW findings about the suppressions themselves (which the same layers may suppress in turn), and
/// applies severity overrides to all of them.
/// </summary>
public static class SuppressionPass
{
    public static List<Finding> Apply(IReadOnlyList<Finding> findings, AnalysisSession session, IReadOnlyList<ISessionRule> enabled, ScanPolicy policy)
    {
        var directives = DirectiveSet.Collect(session, policy.Suppressions);
        var layers = new SuppressionLayers(policy.Suppressions, directives.Directives);
        var reviewed = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            reviewed.Add(layers.Review(finding));
        }

        // After every finding was reviewed: a directive is unused only if nothing matched it.
        foreach (var finding in DirectiveFindings.Report(directives, enabled, session.Options))
        {
            reviewed.Add(layers.Review(finding));
        }

        // Overrides are rare; without any, no per-finding query runs.
        if (policy.SeverityOverrides.Count > 0)
        {
            for (var i = 0; i < reviewed.Count; i++)
            {
                reviewed[i] = SeverityOverrides.Apply(reviewed[i], policy.SeverityOverrides);
            }
        }

        return reviewed;
    }
}
