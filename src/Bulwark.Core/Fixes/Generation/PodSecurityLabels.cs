using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;

namespace Bulwark.Fixes.Generation;

/// <summary>
/// Adds the seed's Pod Security Admission labels (enforce, audit, warn: restricted) to Namespace
/// objects that lack them. A label already set is the owner's decision and is left as it is.
/// </summary>
public static class PodSecurityLabels
{
    public const string RuleId = "pod-security-labels";

    private static readonly string[] Modes = ["enforce", "audit", "warn"];

    public static IEnumerable<YamlFix> For(AnalysisSession session, string level = "restricted")
    {
        foreach (var ns in session.Models<KubernetesObject>().Where(o => o.Kind == "Namespace"))
        {
            var missing = Modes.Where(m => ns.Labels?["pod-security.kubernetes.io/" + m] is null).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var ops = missing.Select(m => FixOperation.Add(FixPath.Root.Then("metadata", "labels", "pod-security.kubernetes.io/" + m), FixValue.String(level))).ToList();
            yield return new YamlFix(ns.File, RuleId, $"Add Pod Security labels ({level})", FixApplicability.Safe, ns.Root, ops) { At = ns.Anchor };
        }
    }
}
