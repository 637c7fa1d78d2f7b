using System.Text;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Yaml;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// One finding per Secret, naming the keys only. Low when every value is a whole file with no
/// credential in it (kube-prometheus' <c>grafana.ini</c>, a DH-parameters PEM); medium otherwise,
/// since a one-line value in a Secret is a password, key or token whatever its key is called (a
/// Ceph <c>key</c>). Empty values and template placeholders are not literal secrets.
/// </summary>
public sealed class SecretManifestLiteralData : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S010",
        Name = "secret-manifest-literal-data",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.SecretsManagement,
        Title = "Secret manifest contains literal values",
        Description = "Reports Secret manifests with non-empty `data` or `stringData` values (template placeholders such as `{{ }}` and `${VAR}` are ignored). Only the key names are shown. Low when every (base64-decoded) value is a multi-line file with no credential-like key or content, such as a committed config file; medium otherwise.",
        Rationale = "`data` is base64, not encryption: anyone who can read the repository or the manifest reads the secret, forever, since git history keeps it after rotation.",
        Remediation = "Create the Secret from an external secret store (External Secrets Operator, Secrets Store CSI driver, Vault) or commit it encrypted (Sealed Secrets, SOPS); keep only a template without values in the repository.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweCleartextStorage, Taxonomy.CweHardcodedCredentials],
        Mitre = [Taxonomy.MitreCredentialsInFiles],
        Example = "kind: Secret\ndata:\n  password: aHVudGVyMg==",
        UseInstead = "kind: ExternalSecret\nspec:\n  secretStoreRef: {name: vault, kind: ClusterSecretStore}\n  data:\n  - secretKey: password\n    remoteRef: {key: db/creds, property: password}",
        References = ["[Secrets good practices](https://kubernetes.io/docs/concepts/security/secrets-good-practices/)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var secret in session.Models<KubernetesObject>().Where(o => o.Kind == "Secret" && o.ApiVersion == "v1"))
        {
            Check(secret, context);
        }
    }

    private static void Check(KubernetesObject secret, RuleContext context)
    {
        var literals = new List<(YamlEntry Field, string Key, string Value)>();
        foreach (var field in new[] { "data", "stringData" }.Select(f => secret.Root.Find(f)).OfType<YamlEntry>())
        {
            var decode = field.KeyText == "data";
            foreach (var entry in KubernetesLabels.InSourceOrder(field.Value as YamlMapping))
            {
                if (entry.Value is YamlScalar { IsNull: false, Value: { Length: > 0 } raw } && !IsPlaceholder(raw))
                {
                    literals.Add((field, entry.KeyText!, decode ? Decode(raw) : raw));
                }
            }
        }

        if (literals.Count == 0)
        {
            return;
        }

        var keys = string.Join(", ", literals.Select(l => l.Key));
        var credential = literals.Any(l => IsCredential(l.Key, l.Value, context.Options.SecretNames));
        var message = $"Secret \"{secret.Name}\" is committed with literal values ({keys}); use an external secret store or an encrypted Secret";
        context.Report(secret.At(literals[0].Field.Key.Span), message, secret.Ref, severity: credential ? Severity.Medium : Severity.Low, evidence: keys);
    }

    private static bool IsCredential(string key, string value, IReadOnlyList<string> secretNames) =>
        !value.Trim().Contains('\n', StringComparison.Ordinal)
        || SecretDetector.IsSecretName(key, secretNames)
        || SecretDetector.DescribeSecretValue(value) is not null;

    private static bool IsPlaceholder(string value) =>
        value.Contains("{{", StringComparison.Ordinal) || value.Contains("${", StringComparison.Ordinal) || value.StartsWith('$');

    private static string Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : base64;
    }
}
