using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Secrets;

public sealed class SecretInEnvLiteral : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SEC001",
        Name = "secret-in-env-literal",
        DefaultSeverity = Severity.High,
        Practice = Practices.SecretsManagement,
        Title = "Secret written as a literal environment value",
        Description = "Reports environment variables given a literal value when the name looks like a credential (a whole word such as `PASSWORD`, `TOKEN`, `SECRET`, `PASS`, or `API_KEY`, `ACCESS_KEY`, ...; plus the globs in `options.secret-names`) or the value looks like one (private key, AWS key, JWT, GitHub/Slack/Google/Stripe token, URL with a password). Names that point at a secret or describe it (`*_FILE`, `*_PATH`, `*_URL`, `MAX_*`, ...) and values that are references (`$VAR`, `${VAR}`, templates) or placeholders repeating the name are not reported. Values are always redacted.",
        Rationale = "A credential in a manifest or compose file is stored in version control, readable by everyone with access to the repository, the cluster's API (`kubectl get -o yaml`) or `docker inspect`, and is never rotated.",
        Remediation = "Move the value into a Secret (Kubernetes), compose `secrets:` or Docker secrets, and mount it as a read-only file.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials, Taxonomy.CweHardcodedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials, Taxonomy.MitreCredentialsInFiles],
        Example = "env:\n  - name: DB_PASSWORD\n    value: hunter2hunter2",
        UseInstead = "volumes:\n  - name: db-creds\n    secret:\n      secretName: db-creds\nvolumeMounts:\n  - name: db-creds\n    mountPath: /secrets\n    readOnly: true",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        foreach (var env in c.Env.Where(e => e.Source == EnvSource.Literal && e.Value is not null))
        {
            var value = env.Value!.Value;
            var shape = SecretDetector.DescribeSecretValue(value);
            var byName = SecretDetector.IsSecretName(env.Name.Value, context.Options.SecretNames) && SecretDetector.IsPlausibleSecretValue(value, env.Name.Value);
            if (shape is null && !byName)
            {
                continue;
            }

            var redacted = SecretDetector.Redact(value);
            var why = shape is null ? string.Empty : $" ({shape})";
            context.Report(c.At(env.Value.Span ?? env.Name.Span), $"{c.Subject()} sets {env.Name.Value} to a literal secret \"{redacted}\"{why}", c.Object, c.Name, evidence: env.Name.Value + "=" + redacted);
        }
    }
}
