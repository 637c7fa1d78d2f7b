using Bulwark.Diagnostics;

namespace Bulwark.Rules.Policy;

public sealed class UnusedSuppression : SuppressionRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BW001",
        Name = "unused-suppression",
        DefaultSeverity = Severity.Low,
        // Suppressions are policy exceptions; the seed practice about enforcing a security baseline is Pod Security's.
        Practice = Practices.K8sPodSecurity,
        Title = "Suppression matches no finding",
        Description = "Reports each rule named by a `# bulwark:ignore` or `# bulwark:ignore-file` comment, or by a `bulwark.dev/ignore` annotation, that suppresses no finding in this scan — either because the problem was fixed, the comment sits on the wrong line, or the rule is not enabled. Suppressions of BW rules themselves are not reported.",
        Rationale = "A stale suppression silently hides the next real problem of that rule at the same place, and makes the repository look more exempted than it is. Keeping suppressions exact keeps them reviewable.",
        Remediation = "Remove the rule from the suppression (or the whole comment or annotation), or move the comment to the line above the finding.",
        Surfaces = Surfaces.Kubernetes | Surfaces.Compose | Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIrrelevantCode],
        Mitre = [Taxonomy.MitreImpairDefenses],
        Example = "# bulwark:ignore privileged-container -- needs /dev access\n- name: app\n  securityContext: {privileged: false}",
        UseInstead = "- name: app\n  securityContext: {privileged: false}",
        References = ["[Bulwark configuration and suppressions](../configuration.md)"],
    };
}
