using System.Text.RegularExpressions;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class CredentialInRun : DockerfileRule
{
    // Commands whose credential is a positional word rather than an option (`aws configure set key VALUE`).
    private static readonly HashSet<string> CommandsWithCredentialWords = new(StringComparer.Ordinal) { "aws", "npm", "yarn", "pnpm" };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--password", "--pass", "--passwd", "--token", "--api-key", "--apikey", "--secret", "--client-secret",
        "--access-key", "--secret-key", "--auth-token", "--http-password", "--ftp-password", "--proxy-password",
    };

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
        foreach (var run in DockerfileFacts.ShellRuns(model))
        {
            var secretMount = DockerfileFacts.HasMount(run, "secret");
            var reportedArgs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var script in DockerfileFacts.Scripts(run))
            {
                foreach (var command in script.Commands)
                {
                    CheckCommand(model, run, script, command, context);
                    if (!secretMount)
                    {
                        CheckArgUse(model, run, script, command, reportedArgs, context);
                    }
                }
            }
        }
    }

    private static void CheckCommand(DockerfileModel model, Instruction run, RunScript script, ShellCommand command, RuleContext context)
    {
        var words = command.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (LiteralCredential(command, i, context) is { } found)
            {
                var redacted = SecretDetector.Redact(found.Value);
                Report(context, model, script.SpanOf(words[found.Index]), run.Stage, $"RUN `{command.Name}` is given {found.What} \"{redacted}\" on its command line, kept in the image history", evidence: $"{command.Name}: {redacted}");
                return;
            }
        }
    }

    /// <summary>The credential word <paramref name="i"/> of the command carries, if any: (word index, value, description).</summary>
    private static (int Index, string Value, string What)? LiteralCredential(ShellCommand command, int i, RuleContext context)
    {
        var word = command.Words[i].Value;
        var next = i + 1 < command.Words.Count ? command.Words[i + 1].Value : null;
        if (SecretShapes.MayMatch(word) && SecretDetector.DescribeSecretValue(word) is { } shape)
        {
            return (i, word, shape);
        }

        if (word.Contains('=', StringComparison.Ordinal) && Assignment(word) is var (name, value) && SecretDetector.IsSecretName(name, context.Options.SecretNames) && Literal(value))
        {
            return (i, value, $"a literal {name}");
        }

        if ((word.StartsWith('-') || CommandsWithCredentialWords.Contains(command.Name)) && OptionCredential(command, word, next) is var (option, secret, inNext) && Literal(secret))
        {
            return (inNext ? i + 1 : i, secret, $"a literal {option}");
        }

        return word.Contains("_authToken=", StringComparison.Ordinal) && AuthToken().Match(word) is { Success: true } token && Literal(token.Groups[1].Value)
            ? (i, token.Groups[1].Value, "an npm auth token")
            : null;
    }

    private static (string Option, string Value, bool InNext)? OptionCredential(ShellCommand command, string word, string? next)
    {
        if (word.StartsWith("--", StringComparison.Ordinal) && Assignment(word[2..]) is var (option, value) && SecretDetector.IsSecretName(option))
        {
            return ("--" + option, value, false);
        }

        // Spaced form only for options known to take a credential: boolean flags such as
        // `adduser --disabled-password app` have credential-like names too.
        if (next is not null && ValueOptions.Contains(word))
        {
            return (word, next, true);
        }

        return command.Name switch
        {
            "curl" when word is "-u" or "--user" && next is not null && next.Contains(':', StringComparison.Ordinal) => ("curl user:password", next[(next.IndexOf(':', StringComparison.Ordinal) + 1)..], true),
            "docker" or "podman" or "helm" or "buildah" or "skopeo" when word == "-p" && next is not null && command.Subcommand is "login" or "registry" => ("registry password", next, true),
            "mysql" or "mariadb" or "mysqladmin" or "mysqldump" when word.StartsWith("-p", StringComparison.Ordinal) && word.Length > 2 => ("database password", word[2..], false),
            "aws" when command.Arguments.Count >= 4 && word == command.Arguments[2].Value && word is "aws_secret_access_key" or "aws_access_key_id" or "aws_session_token" && next is not null => (word, next, true),
            "npm" or "yarn" or "pnpm" when (word.Contains("_authToken", StringComparison.Ordinal) || word.Contains("_password", StringComparison.Ordinal) || word == "npmAuthToken") && next is not null && !word.Contains('=', StringComparison.Ordinal) => (word, next, true),
            _ => null,
        };
    }

    /// <summary>A RUN using a credential-named ARG of its stage: the value is recorded with the build.</summary>
    private static void CheckArgUse(DockerfileModel model, Instruction run, RunScript script, ShellCommand command, HashSet<string> reported, RuleContext context)
    {
        foreach (var word in command.Words.Where(w => w.RawSpan.Contains('$')))
        {
            foreach (Match reference in VariableReference().Matches(word.Raw))
            {
                var name = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value;
                if (SecretDetector.IsSecretName(name, context.Options.SecretNames) && IsStageArg(run, name) && reported.Add(name))
                {
                    Report(context, model, script.SpanOf(word), run.Stage, $"RUN uses the build argument {name} without --mount=type=secret: its value is recorded in the image history and provenance", Severity.Medium, $"${name}");
                }
            }
        }
    }

    private static bool IsStageArg(Instruction run, string name) =>
        run.Stage!.Instructions.Any(i => i.Is("ARG") && i.StartLine < run.StartLine && i.Pairs.Any(p => p.Name.Raw == name));

    private static (string Name, string Value)? Assignment(string word)
    {
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 ? (word[..eq], word[(eq + 1)..]) : null;
    }

    private static bool Literal(string value) => SecretDetector.IsPlausibleSecretValue(value) && !value.Contains('$', StringComparison.Ordinal) && !value.StartsWith('-');

    [GeneratedRegex(@"_authToken=([^\s""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthToken();

    [GeneratedRegex(@"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();
}
