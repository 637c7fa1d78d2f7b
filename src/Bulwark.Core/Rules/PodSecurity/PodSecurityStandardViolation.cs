using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.PodSecurity;

namespace Bulwark.Rules.PodSecurity;

/// <summary>
/// Runs the Pod Security admission engine (the one behind <c>bulwark pss</c>) on every pod template,
/// at the level its Namespace enforces (labels of a Namespace object in the same scan) or, without
/// one, at the configured minimum; one finding per failing upstream check.
/// </summary>
public sealed class PodSecurityStandardViolation : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "PSS001",
        Name = "pod-security-standard-violation",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.K8sPodSecurity,
        Title = "Pod violates the Pod Security Standard it must meet",
        Description = "Evaluates each pod and pod template exactly as Kubernetes' Pod Security admission does (every upstream check, version-aware) at the level of its namespace's `pod-security.kubernetes.io/enforce` label when the Namespace is in the scan, otherwise at `options.minimum-pod-security` (default restricted, latest). Reports one finding per failing check with upstream's reason, at the offending field. Baseline checks are high, restricted-only checks medium.",
        Rationale = "A pod that violates its namespace's Pod Security level is rejected at admission once the label is enforced (or, under warn/audit, is a known gap). Finding it offline lets you fix workloads before flipping the label, as the seed recommends (`enforce: restricted`).",
        Remediation = "Change the pod so the named check passes (see `bulwark pss` for upstream's full message), or run it in a namespace whose level allows it.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement, Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreEscapeToHost, Taxonomy.MitreDeployContainer],
        Example = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: app:1.0",
        UseInstead = "spec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n      image: app:1.0\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {drop: [ALL]}",
        References = ["[Pod Security Standards](https://kubernetes.io/docs/concepts/security/pod-security-standards/)", "`bulwark pss` ([docs/pod-security.md](../pod-security.md))"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var fallback = Fallback(context.Options.MinimumPodSecurity);
        var namespaces = NamespacePolicies(session);
        foreach (var pod in session.Models<PodTemplate>())
        {
            var policy = namespaces.TryGetValue(pod.Owner.Namespace, out var enforced) ? enforced : fallback;
            if (policy.Level == PodSecurityLevel.Privileged)
            {
                continue;
            }

            var input = new PodInput(pod.Metadata, pod.Spec, pod.SpecAnchor, pod.Owner.Kind == "Pod");
            var result = PodSecurityEvaluator.Default.Evaluate(policy, input);
            foreach (var violation in result.Violations)
            {
                var severity = BaselineChecks.Contains(violation.CheckId) ? Severity.High : Severity.Medium;
                var message = $"pod violates PodSecurity \"{policy}\": {violation.Message} [{violation.CheckId}]";
                context.Report(pod.Owner.At(violation.Span), message, pod.Owner.Ref, severity: severity, evidence: violation.CheckId);
            }
        }
    }

    private static readonly HashSet<string> BaselineChecks = PodCheckCatalog.All
        .Where(c => c.Level == PodSecurityLevel.Baseline).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    private static LevelVersion Fallback(string minimum) =>
        new(PodSecurityLevels.TryParse(minimum, out var level) ? level : PodSecurityLevel.Restricted, PolicyVersion.Latest);

    /// <summary>The enforce level:version of each Namespace object in the scan that sets the label.</summary>
    private static Dictionary<string, LevelVersion> NamespacePolicies(AnalysisSession session)
    {
        var policies = new Dictionary<string, LevelVersion>(StringComparer.Ordinal);
        foreach (var ns in session.Models<KubernetesObject>().Where(o => o.Kind == "Namespace"))
        {
            var labels = ns.Labels?.EffectiveEntries()
                .Where(e => e.KeyText is not null && e.Value is Yaml.YamlScalar)
                .ToDictionary(e => e.KeyText!, e => ((Yaml.YamlScalar)e.Value).Value, StringComparer.Ordinal);
            if (labels?.ContainsKey(PodSecurityLabels.Prefix + "enforce") == true)
            {
                policies[ns.Name] = PodSecurityLabels.Resolve(labels).Enforce;
            }
        }

        return policies;
    }
}
