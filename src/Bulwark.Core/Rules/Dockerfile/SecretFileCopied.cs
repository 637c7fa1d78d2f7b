using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class SecretFileCopied : DockerfileRule
{
    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".env", "credentials", "credentials.json", "credential.json",
        ".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".dockercfg", ".htpasswd", "kubeconfig",
        ".ssh", ".aws", ".gnupg", ".kube", "secrets.json", "service-account.json", "serviceaccount.json",
    };

    private static readonly string[] SecretExtensions = [".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ovpn", ".kdbx", ".ppk"];

    private static readonly string[] SafeEnvSuffixes = [".example", ".sample", ".template", ".dist", ".defaults", ".tpl"];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF007",
        Name = "secret-file-copied",
        DefaultSeverity = Severity.High,
        Practice = Practices.SecretsNotInImage,
        Title = "Secret-looking file copied into the image",
        Description = "Reports COPY and ADD sources and destinations named like credentials: SSH keys (`id_rsa`, `id_ed25519`, ...), `.env` files (not `.env.example`), `credentials`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.dockercfg`, `.docker/config.json`, `kubeconfig`, keystores and key files (`*.pem`, `*.key`, `*.p12`, `*.pfx`, `*.jks`), and directories such as `.ssh`, `.aws`, `.gnupg`, `.kube`. High in the final stage and the stages it is built on; medium in builder stages, whose layers stay in the build cache but are not shipped.",
        Rationale = "A file copied into a layer stays in the image even if a later step deletes it: anyone who can pull the image (or the builder's cache) can extract it with `docker save`. The seed: secrets in images persist in layer history and can be extracted.",
        Remediation = "Mount the file only for the step that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`; keep it out of the build context with `.dockerignore`.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials, Taxonomy.CweCleartextStorage],
        Mitre = [Taxonomy.MitreUnsecuredCredentials, Taxonomy.MitreCredentialsInFiles],
        Example = "COPY .npmrc /app/\nRUN npm ci",
        UseInstead = "RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        var shipped = DockerfileFacts.FinalLineage(model);
        foreach (var copy in model.Stages.SelectMany(s => s.Instructions))
        {
            if (!copy.Is("COPY") && !copy.Is("ADD"))
            {
                continue;
            }

            var inImage = shipped.Contains(copy.Stage!);
            foreach (var word in SecretWords(copy))
            {
                var where = inImage ? "into the image" : $"into build stage {copy.Stage!.DisplayName} (kept in the build cache)";
                Report(context, model, word.Span, copy.Stage, $"{copy.Keyword} puts {SecretKind(word.Value)} \"{word.Value}\" {where}", inImage ? null : Severity.Medium, word.Value);
            }
        }
    }

    /// <summary>Secret-looking sources; the destination only when no source already says it (<c>COPY key /root/.ssh/id_rsa</c>).</summary>
    private static List<DockerWord> SecretWords(Instruction copy)
    {
        // The paths: every argument but heredoc markers (<<EOF); the last one is the destination.
        DockerWord? last = null;
        var paths = 0;
        List<DockerWord> sources = [];
        foreach (var word in copy.Arguments)
        {
            if (word.Source.Chars.StartsWith("<<", StringComparison.Ordinal))
            {
                continue;
            }

            if (last is not null && SecretKind(last.Value) is not null)
            {
                sources.Add(last);
            }

            last = word;
            paths++;
        }

        return paths < 2 || sources.Count > 0 ? sources : SecretKind(last!.Value) is not null ? [last] : [];
    }

    private static string? SecretKind(string path)
    {
        var trimmed = path.AsSpan().TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        if (name.EndsWith(".pub", StringComparison.OrdinalIgnoreCase) || EndsWithAny(name, SafeEnvSuffixes))
        {
            return null;
        }

        if (SecretNameLookup.Contains(name) || trimmed.EndsWith(".docker/config.json", StringComparison.Ordinal) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
        {
            return "the credential file";
        }

        return EndsWithAny(name, SecretExtensions) ? "the key/keystore file" : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SecretNameLookup = SecretNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool EndsWithAny(ReadOnlySpan<char> name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
