using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Docker;

public sealed class SecretEnvInsteadOfComposeSecret : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DKR005",
        Name = "secret-env-instead-of-compose-secret",
        DefaultSeverity = Severity.Low,
        Practice = Practices.SecretsManagement,
        Title = "Secret passed through environment instead of compose secrets",
        Description = "Reports compose `environment:` entries whose name looks like a credential (`*PASSWORD*`, `*TOKEN*`, `*SECRET*`, ... plus `options.secret-names`) when the value comes from outside the file: `${VAR}` interpolation or a bare name passed through from the shell. Literal secrets are SEC001's (high); this rule covers the secrets SEC001 cannot see. Names that point at a file (`*_FILE`, e.g. `POSTGRES_PASSWORD_FILE: /run/secrets/db`) are the fix, not a finding.",
        Rationale = "Interpolation keeps the secret out of the file but not out of the container: it lands in `docker inspect` output (`Config.Env`), in /proc/<pid>/environ, in every child process and in crash dumps. Compose `secrets:` mounts it as a read-only file under /run/secrets instead.",
        Remediation = "Declare the secret under top-level `secrets:` (from a file or an environment variable), grant it to the service with `secrets: [name]`, and point the application at `/run/secrets/name` (many images read `*_FILE` variables).",
        Surfaces = Surfaces.Compose,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials],
        Example = "environment:\n  DB_PASSWORD: ${DB_PASSWORD}",
        UseInstead = "environment:\n  DB_PASSWORD_FILE: /run/secrets/db_password\nsecrets: [db_password]\n# top level:\nsecrets:\n  db_password:\n    environment: DB_PASSWORD",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (c.Surface != Surfaces.Compose)
        {
            return;
        }

        foreach (var env in c.Env.Where(e => FromOutside(e) && SecretDetector.IsSecretName(e.Name.Value, context.Options.SecretNames)))
        {
            var how = env.Value is null ? "passed through from the shell" : $"from {env.Value.Value}";
            context.Report(c.At(env.Value?.Span ?? env.Name.Span), $"{c.Subject()} puts secret {env.Name.Value} in its environment ({how}); use compose secrets:", c.Object, c.Name, evidence: env.Name.Value);
        }
    }

    private static bool FromOutside(EnvVarInfo env) =>
        env.Source == EnvSource.Other || (env.Value is { } v && v.Value.TrimStart().StartsWith('$') && !v.Value.StartsWith("$$", StringComparison.Ordinal));
}
