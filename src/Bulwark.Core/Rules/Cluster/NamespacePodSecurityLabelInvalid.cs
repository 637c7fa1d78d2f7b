using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Kubernetes.Namespaces;
using Bulwark.PodSecurity;
using Bulwark.Yaml;

namespace Bulwark.Rules.Cluster;

/// <summary>Invalid level or version values (the API server rejects the Namespace) and unknown keys (silently ignored).</summary>
public sealed class NamespacePodSecurityLabelInvalid : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S003",
        Name = "namespace-pod-security-label-invalid",
        DefaultSeverity = Severity.High,
        Practice = Practices.K8sPodSecurity,
        Title = "Namespace has an invalid Pod Security label",
        Description = "Validates the `pod-security.kubernetes.io/*` labels of every Namespace object as Pod Security Admission does: `enforce`, `audit` and `warn` must be exactly `privileged`, `baseline` or `restricted` (lowercase), and their `-version` labels `latest` or `v1.N`. Other keys under the prefix are reported as unknown (medium).",
        Rationale = "Pod Security Admission rejects a Namespace with an invalid level or version, so the manifest fails to apply, and a mistyped key (`enforce-level`, `enforcing`) is ignored without a word: the namespace looks protected and is not.",
        Remediation = "Use one of `privileged`, `baseline`, `restricted` for the levels and `latest` or `v1.N` for the versions, under the six documented keys.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweIncorrectDefaultPermissions],
        Mitre = [Taxonomy.MitreImpairDefenses],
        Example = "labels:\n  pod-security.kubernetes.io/enforce: Restricted\n  pod-security.kubernetes.io/enforce-version: \"1.30\"",
        UseInstead = "labels:\n  pod-security.kubernetes.io/enforce: restricted\n  pod-security.kubernetes.io/enforce-version: v1.30",
        References = ["[Pod Security Admission labels for namespaces](https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces)", "[Cluster rules](../cluster.md)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var ns in new NamespaceInventory(session).NamespaceObjects)
        {
            foreach (var mode in NamespaceSecurityLabels.Modes.Select(m => NamespaceSecurityLabels.Mode(ns, m)))
            {
                CheckLevel(ns, mode, context);
                CheckVersion(ns, mode, context);
            }

            foreach (var entry in NamespaceSecurityLabels.UnknownKeys(ns))
            {
                context.Report(ns.At(entry.Key.Span), $"namespace \"{ns.Name}\" has unknown label {entry.KeyText}, which Pod Security Admission ignores", ns.Ref, severity: Severity.Medium, evidence: entry.KeyText);
            }
        }
    }

    private static void CheckLevel(KubernetesObject ns, PodSecurityModeLabels mode, RuleContext context)
    {
        if (mode.LevelEntry is { } entry && mode.Level is null)
        {
            Report(ns, entry, "level", "privileged, baseline or restricted", context);
        }
    }

    private static void CheckVersion(KubernetesObject ns, PodSecurityModeLabels mode, RuleContext context)
    {
        if (mode.VersionEntry is { } entry && !PolicyVersion.TryParse((entry.Value as YamlScalar)?.Value, out _))
        {
            Report(ns, entry, "version", "latest or v1.N", context);
        }
    }

    private static void Report(KubernetesObject ns, YamlEntry entry, string what, string expected, RuleContext context)
    {
        var value = (entry.Value as YamlScalar)?.Value ?? string.Empty;
        context.Report(ns.At(entry.Value.Span), $"namespace \"{ns.Name}\": {entry.KeyText} \"{value}\" is not a valid {what} (expected {expected}); the API server rejects this Namespace", ns.Ref, evidence: entry.KeyText + "=" + value);
    }
}
