using System.Text.RegularExpressions;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class CredentialInRun : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF008",
        Name = "credential-in-run",
        DefaultSeverity = Severity.High,
        Practice = Practices.SecretsNotInImage,
        Title = "Credential used in RUN without a secret mount",
        Description = "Splits RUN scripts (shell form, `sh -c` exec form, heredoc scripts) into commands and reports literal credentials: values shaped like keys or tokens, URLs with a password, `NAME=value`/`export NAME=value` with a credential-like name, `--password=...`/`--token ...`-style options, `curl -u user:pass`, `docker login -p ...`, `mysql -p...`, `aws configure set aws_secret_access_key ...`, `npm config set ..._authToken ...` and `_authToken=` written into `.npmrc`. Also reports (medium) a RUN that uses a credential-named build ARG (`$NPM_TOKEN`) and has no `--mount=type=secret`. Values are redacted.",
        Rationale = "A RUN command line is stored verbatim in the image history (`docker history --no-trunc`), and build arguments it uses are recorded in the history and provenance: the credential ships to everyone who can pull the image. A secret mount is never written to a layer.",
        Remediation = "Use `RUN --mount=type=secret,id=token TOKEN=\"$(cat /run/secrets/token)\" ...` and pass the secret with `docker build --secret id=token,src=...`.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweHardcodedCredentials, Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials, Taxonomy.MitreCredentialsInFiles],
        Example = "ARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci",
        UseInstead = "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var stage in model.Stages)
        {
            var stageArgs = SecretArgs(stage, context);
            foreach (var run in stage.InstructionsNamed("RUN"))
            {
                var secretArgs = stageArgs.Count == 0 || DockerfileFacts.HasMount(run, "secret")
                    ? null
                    : stageArgs.Where(a => a.Line < run.StartLine).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
                CheckRun(model, DockerfileFacts.Of(run), secretArgs, context);
            }
        }
    }

    private static void CheckRun(DockerfileModel model, RunFacts run, HashSet<string>? secretArgs, RuleContext context)
    {
        foreach (var script in run.Scripts)
        {
            foreach (var command in script.Commands)
            {
                CheckCommand(model, run.Run, script, command, context);
                if (secretArgs is { Count: > 0 })
                {
                    CheckArgUse(model, run.Run, script, command, secretArgs, context);
                }
            }
        }
    }

    private static void CheckCommand(DockerfileModel model, Instruction run, RunScript script, ShellCommand command, RuleContext context)
    {
        var words = command.WordSpan;
        var credentialWords = CredentialWords.TakesCredentialWords(command);
        for (var i = 0; i < words.Length; i++)
        {
            if (!credentialWords && !CredentialWords.MayCarry(words[i].ValueSpan))
            {
                continue;
            }

            if (CredentialWords.Find(command, i, context.Options.SecretNames, credentialWords) is { } found)
            {
                var redacted = SecretDetector.Redact(found.Value);
                Report(context, model, script.SpanOf(words[found.Index]), run.Stage, $"RUN `{command.Name}` is given {found.What} \"{redacted}\" on its command line, kept in the image history", evidence: $"{command.Name}: {redacted}");
                return;
            }
        }
    }

    /// <summary>A RUN using a credential-named ARG of its stage: the value is recorded with the build.</summary>
    private static void CheckArgUse(DockerfileModel model, Instruction run, RunScript script, ShellCommand command, HashSet<string> secretArgs, RuleContext context)
    {
        foreach (var word in command.WordSpan)
        {
            if (!word.RawSpan.Contains('$'))
            {
                continue;
            }

            foreach (Match reference in VariableReference().Matches(word.Raw))
            {
                var name = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value;
                if (secretArgs.Remove(name))
                {
                    Report(context, model, script.SpanOf(word), run.Stage, $"RUN uses the build argument {name} without --mount=type=secret: its value is recorded in the image history and provenance", Severity.Medium, $"${name}");
                }
            }
        }
    }

    /// <summary>Credential-named ARGs of a stage with their lines (a RUN sees those declared before it).</summary>
    private static List<(string Name, int Line)> SecretArgs(BuildStage stage, RuleContext context)
    {
        var secretNames = context.Options.SecretNames;
        List<(string Name, int Line)> found = [];
        foreach (var arg in stage.InstructionsNamed("ARG"))
        {
            foreach (var pair in arg.Pairs)
            {
                var name = pair.Name.Raw;
                if (SecretShapes.MayBeSecretName(name, secretNames) && SecretDetector.IsSecretName(name, secretNames))
                {
                    found.Add((name, arg.StartLine));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();
}
