using Bulwark.Diagnostics;

namespace Bulwark.Rules.Policy;

public sealed class InvalidSuppression : SuppressionRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "BW002",
        Name = "invalid-suppression",
        DefaultSeverity = Severity.Low,
        // Suppressions are policy exceptions; the seed practice about enforcing a security baseline is Pod Security's.
        Practice = Practices.K8sPodSecurity,
        Title = "Suppression names an unknown rule or is malformed",
        Description = "Reports suppressions that cannot work: a `bulwark:ignore` comment or `bulwark.dev/ignore` annotation naming a rule that does not exist (or a selector such as a practice key, where only rule IDs and names are accepted), naming no rule at all, an unknown `bulwark:` directive, or an unknown `bulwark.dev/` annotation key.",
        Rationale = "A misspelt suppression suppresses nothing, so the finding it was meant for stays (or, worse, the author believes a reviewed exception is recorded when it is not).",
        Remediation = "Name the rule by its ID or name as `bulwark rules` lists it, e.g. `# bulwark:ignore RT001 -- reason`.",
        Surfaces = Surfaces.Kubernetes | Surfaces.Compose | Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweCodingStandards],
        Mitre = [Taxonomy.MitreImpairDefenses],
        Example = "# bulwark:ignore run-as-rooot -- legacy image",
        UseInstead = "# bulwark:ignore run-as-root -- legacy image",
        References = ["[Bulwark configuration and suppressions](../configuration.md)"],
    };
}
