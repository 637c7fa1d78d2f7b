using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Secrets;

public sealed class SecretInEnvReference : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SEC002",
        Name = "secret-in-env-reference",
        DefaultSeverity = Severity.Low,
        Practice = Practices.SecretsManagement,
        Title = "Secret exposed as an environment variable",
        Description = "Reports secrets passed as environment variables (`valueFrom.secretKeyRef`, `envFrom.secretRef`). This is advice: the seed prefers mounting secrets as read-only volumes.",
        Rationale = "Environment variables leak: they are inherited by every child process, printed by crash dumps and debug endpoints, and readable in /proc/<pid>/environ. A file in a read-only secret volume is narrower and can be rotated without a restart.",
        Remediation = "Mount the Secret as a read-only volume and have the application read the file.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials],
        Example = "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db-creds, key: password}",
        UseInstead = "volumeMounts:\n  - name: db-creds\n    mountPath: /secrets\n    readOnly: true",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        foreach (var env in c.Env)
        {
            var message = env.Source switch
            {
                EnvSource.SecretRef => $"{c.Subject()} reads secret into environment variable {env.Name.Value}; prefer a read-only secret volume",
                EnvSource.SecretEnvFrom => $"{c.Subject()} imports secret {env.Name.Value} into its environment; prefer a read-only secret volume",
                _ => null,
            };
            if (message is not null)
            {
                context.Report(c.At(env.Name.Span), message, c.Object, c.Name, evidence: env.Name.Value);
            }
        }
    }
}
