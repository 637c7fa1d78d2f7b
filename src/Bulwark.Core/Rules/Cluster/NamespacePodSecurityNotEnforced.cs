using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Kubernetes.Namespaces;
using Bulwark.PodSecurity;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// One finding per Namespace object that enforces less than the configured minimum. It is softened
/// to low when <c>warn</c> and <c>audit</c> both report the minimum (the staged rollout the
/// Kubernetes docs recommend), so violations are at least seen.
/// </summary>
public sealed class NamespacePodSecurityNotEnforced : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S002",
        Name = "namespace-pod-security-not-enforced",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.K8sPodSecurity,
        Title = "Namespace does not enforce the required Pod Security level",
        Description = "Checks every Namespace object in the scan for `pod-security.kubernetes.io/enforce` at the configured minimum level (`options.minimum-pod-security`, default `restricted`). A missing label or a lower level is reported; the message says whether `warn` and `audit` at least report violations of the minimum, and the finding is low when both do.",
        Rationale = "Without an enforce label Pod Security Admission admits any pod, privileged ones included, into the namespace. Enforcing `restricted` turns the seed's container settings from advice into a guarantee; `warn` and `audit` without `enforce` only make violations visible.",
        Remediation = "Label the Namespace `pod-security.kubernetes.io/enforce: restricted` (with `warn` and `audit` at the same level).",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement, Taxonomy.CweIncorrectDefaultPermissions],
        Mitre = [Taxonomy.MitreDeployContainer, Taxonomy.MitreEscapeToHost],
        Example = "kind: Namespace\nmetadata:\n  name: production",
        UseInstead = "kind: Namespace\nmetadata:\n  name: production\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/audit: restricted\n    pod-security.kubernetes.io/warn: restricted",
        References = ["[Pod Security Admission](https://kubernetes.io/docs/concepts/security/pod-security-admission/)", "[Cluster rules](../cluster.md)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var minimum = PodSecurityLevels.TryParse(context.Options.MinimumPodSecurity, out var level) ? level : PodSecurityLevel.Restricted;
        foreach (var ns in new NamespaceInventory(session).NamespaceObjects)
        {
            Check(ns, minimum, context);
        }
    }

    private static void Check(KubernetesObject ns, PodSecurityLevel minimum, RuleContext context)
    {
        var enforce = NamespaceSecurityLabels.Mode(ns, "enforce");
        if (enforce.LevelEntry is not null && enforce.Level is null)
        {
            return; // Invalid value: K8S003 reports it (upstream would enforce restricted).
        }

        if (enforce.Level >= minimum || minimum == PodSecurityLevel.Privileged)
        {
            return;
        }

        var unmonitored = NamespaceSecurityLabels.Modes.Skip(1).Where(m => !(NamespaceSecurityLabels.Mode(ns, m).Level >= minimum)).ToList();
        var what = enforce.Level is { } weaker
            ? $"enforces Pod Security level {weaker.Name()}, below the required {minimum.Name()}"
            : $"does not enforce a Pod Security level (no {PodSecurityLabels.Prefix}enforce label)";
        var monitoring = unmonitored.Count == 0
            ? $"; warn and audit report {minimum.Name()} violations"
            : $", and {string.Join(" and ", unmonitored)} {(unmonitored.Count == 1 ? "does" : "do")} not report {minimum.Name()} violations either";
        var severity = unmonitored.Count == 0 ? Severity.Low : context.Rule.DefaultSeverity;
        var span = enforce.LevelEntry?.Value.Span;
        context.Report(ns.At(span), $"namespace \"{ns.Name}\" {what}{monitoring}", ns.Ref, severity: severity, evidence: enforce.LevelText ?? "(none)");
    }
}
