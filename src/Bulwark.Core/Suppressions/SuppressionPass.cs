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
        var reviewed = findings.Select(layers.Review).ToList();
        reviewed.AddRange(DirectiveFindings.Report(directives, enabled, session.Options).Select(layers.Review));
        return [.. reviewed.Select(f => SeverityOverrides.Apply(f, policy.SeverityOverrides))];
    }
}
