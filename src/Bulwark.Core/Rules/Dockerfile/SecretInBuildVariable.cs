using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class SecretInBuildVariable : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF006",
        Name = "secret-in-build-variable",
        DefaultSeverity = Severity.High,
        Practice = Practices.SecretsNotInImage,
        Title = "Secret in an ENV or ARG",
        Description = "Reports ENV and ARG instructions (every stage, and ARGs before the first FROM) when a literal value looks like a credential by its shape (private key, AWS key, JWT, GitHub/Slack/Google/Stripe token, URL with a password), or the name looks like one (`*PASSWORD*`, `*TOKEN*`, `*SECRET*`, `API_KEY`, ... plus `options.secret-names`; names like `*_FILE` or `*_URL` that point at a secret are not) and the value is a plausible literal. Also reports an ENV that copies a credential-named build argument into the image (`ENV NPM_TOKEN=$NPM_TOKEN`), and (medium) a credential-named ARG without a value, whose secret comes in through `--build-arg`. Values are always redacted.",
        Rationale = "ENV values are stored in the image config and ARG values in its build history and provenance: anyone who can pull the image can read them with `docker inspect` or `docker history`, and they stay in every layer pushed to every registry. The seed: never embed secrets in images.",
        Remediation = "Pass build-time secrets with `RUN --mount=type=secret,id=...` and runtime secrets through the orchestrator's secret store (Kubernetes Secrets, Docker secrets) mounted as files.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweHardcodedCredentials, Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials, Taxonomy.MitreCredentialsInFiles],
        Example = "ENV API_KEY=secret123",
        UseInstead = "RUN --mount=type=secret,id=api_key \\\n    API_KEY=\"$(cat /run/secrets/api_key)\" ./configure",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var instruction in model.Instructions)
        {
            if (!instruction.Is("ENV") && !instruction.Is("ARG"))
            {
                continue;
            }

            foreach (var pair in instruction.Pairs)
            {
                CheckPair(model, instruction, pair, context);
            }
        }
    }

    private static void CheckPair(DockerfileModel model, Instruction instruction, DockerKeyValue pair, RuleContext context)
    {
        var name = pair.Name.Raw;
        var secretName = SecretShapes.MayBeSecretName(name, context.Options.SecretNames) && SecretDetector.IsSecretName(name, context.Options.SecretNames);
        if (pair.Value is null)
        {
            if (secretName)
            {
                Report(context, model, pair.Name.Span, instruction.Stage, $"ARG {name} takes a credential through --build-arg: build arguments are kept in the image history and provenance; use RUN --mount=type=secret", Severity.Medium, $"ARG {name}");
            }

            return;
        }

        var value = pair.Value.Expanded?.Value ?? pair.Value.Raw;
        var literal = !pair.Value.Raw.Contains('$', StringComparison.Ordinal);
        var shape = SecretShapes.MayMatch(literal ? value : pair.Value.Raw) ? SecretDetector.DescribeSecretValue(literal ? value : pair.Value.Raw) : null;
        if (shape is not null || (secretName && literal && SecretDetector.IsPlausibleSecretValue(value)))
        {
            var redacted = SecretDetector.Redact(value);
            var why = shape is null ? string.Empty : $" ({shape})";
            Report(context, model, pair.Value.Span, instruction.Stage, $"{instruction.Keyword} {name} holds a literal secret \"{redacted}\"{why}: it is readable by anyone who can pull the image", evidence: $"{name}={redacted}");
        }
        else if (secretName && instruction.Is("ENV") && CopiedArg(pair.Value) is { } arg)
        {
            Report(context, model, pair.Value.Span, instruction.Stage, $"ENV {name} copies the build argument {arg} into the image's environment, where `docker inspect` shows it", evidence: $"{name}=${arg}");
        }
    }

    /// <summary>The ARG an ENV value is taken from (<c>ENV TOKEN=$TOKEN</c>), if any.</summary>
    private static string? CopiedArg(DockerWord value) =>
        value.Expanded?.Substitutions.FirstOrDefault(s => s.Source?.StartsWith("ARG ", StringComparison.Ordinal) == true)?.Name;
}
