using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Yaml;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// Looks at each <c>data</c> entry as a whole: by key name (with a plausible, non-numeric value) or
/// by the shape of the value. Lines inside embedded config files are not parsed: on the corpus that
/// only found counters such as <c>max_total_tokens: 4096</c>.
/// </summary>
public sealed class ConfigMapContainsCredential : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S009",
        Name = "configmap-contains-credential",
        DefaultSeverity = Severity.High,
        Practice = Practices.SecretsManagement,
        Title = "ConfigMap holds a credential",
        Description = "Reports ConfigMap `data` entries whose key names a credential (`*PASSWORD*`, `*TOKEN*`, `*SECRET*`, `API_KEY`, ... plus `options.secret-names`) with a plausible literal value, or whose value looks like one (private key, AWS key, JWT, GitHub/Slack/Google/Stripe token, URL with a password). Values are always redacted.",
        Rationale = "ConfigMaps are not treated as confidential: they are readable by far more roles than Secrets, shown by `kubectl describe`, not encrypted at rest and committed to the repository in plain text.",
        Remediation = "Move the value into a Secret (created from an external secret store or committed encrypted) and mount it read-only; keep only non-sensitive settings in the ConfigMap.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweCleartextStorage, Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreCredentialsInFiles, Taxonomy.MitreContainerApi],
        Example = "kind: ConfigMap\ndata:\n  DB_PASSWORD: hunter2hunter2",
        UseInstead = "kind: Secret   # from an external secret store\nmetadata:\n  name: db-creds",
        References = ["[Secrets good practices](https://kubernetes.io/docs/concepts/security/secrets-good-practices/)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var map in session.Models<KubernetesObject>().Where(o => o.Kind == "ConfigMap" && o.ApiVersion == "v1"))
        {
            foreach (var entry in map.Root.Mapping("data")?.EffectiveEntries() ?? [])
            {
                Check(map, entry, context);
            }
        }
    }

    private static void Check(KubernetesObject map, YamlEntry entry, RuleContext context)
    {
        if (entry.Value is not YamlScalar { IsNull: false } scalar)
        {
            return;
        }

        var key = entry.KeyText!;
        var shape = SecretDetector.DescribeSecretValue(scalar.Value);
        if (shape is null && !IsNamedCredential(key, scalar.Value, context.Options.SecretNames))
        {
            return;
        }

        var redacted = SecretDetector.Redact(scalar.Value);
        var why = shape is null ? "a credential-like key" : shape;
        context.Report(map.At(shape is null ? entry.Key.Span : scalar.Span), $"ConfigMap \"{map.Name}\" key {key} holds {why}: \"{redacted}\"", map.Ref, evidence: key + "=" + redacted);
    }

    // All-digit values under built-in names such as MAX_TOKENS are counts, not secrets; names the
    // user configured (a *_PIN) count whatever the value.
    private static bool IsNamedCredential(string key, string value, IReadOnlyList<string> extraNames)
    {
        if (!SecretDetector.IsPlausibleSecretValue(value))
        {
            return false;
        }

        var builtIn = SecretDetector.IsSecretName(key);
        var configured = !builtIn && SecretDetector.IsSecretName(key, extraNames);
        return configured || (builtIn && !value.All(char.IsAsciiDigit));
    }
}
