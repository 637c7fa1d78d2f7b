using System.Text.RegularExpressions;
using Bulwark.Common;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// Recognises a literal credential on a shell command line (DF008): token-shaped values, secret-named
/// assignments and options, and the per-tool forms (<c>curl -u user:pass</c>, <c>docker login -p</c>,
/// <c>mysql -pSECRET</c>, <c>aws configure set aws_secret_access_key</c>, npm auth tokens).
/// </summary>
internal static partial class CredentialWords
{
    // Commands whose credential is a positional word rather than an option (`aws configure set key VALUE`).
    private static readonly HashSet<string> CommandsWithCredentialWords = new(StringComparer.Ordinal) { "aws", "npm", "yarn", "pnpm" };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--password", "--pass", "--passwd", "--token", "--api-key", "--apikey", "--secret", "--client-secret",
        "--access-key", "--secret-key", "--auth-token", "--http-password", "--ftp-password", "--proxy-password",
    };

    /// <summary>True when <paramref name="command"/> takes credentials as positional words (ask once per command, not per word).</summary>
    public static bool TakesCredentialWords(ShellCommand command) => CommandsWithCredentialWords.Contains(command.Name);

    /// <summary>The credential word <paramref name="i"/> of the command carries, if any: (word index, value, description).</summary>
    /// <param name="credentialWords"><see cref="TakesCredentialWords"/> of the command.</param>
    public static (int Index, string Value, string What)? Find(ShellCommand command, int i, IReadOnlyList<string> secretNames, bool credentialWords)
    {
        var word = command.Words[i].Value;
        var next = i + 1 < command.Words.Count ? command.Words[i + 1].Value : null;
        if (SecretShapes.MayMatch(word) && SecretDetector.DescribeSecretValue(word) is { } shape)
        {
            return (i, word, shape);
        }

        // Asked of every word of every RUN: the cheap tests come first and are not repeated.
        var hasEquals = word.Contains('=', StringComparison.Ordinal);
        if (hasEquals && Assignment(word) is var (name, value)
            && SecretShapes.MayBeSecretName(name, secretNames) && SecretDetector.IsSecretName(name, secretNames) && Literal(value))
        {
            return (i, value, $"a literal {name}");
        }

        if ((word.StartsWith('-') || credentialWords) && OptionCredential(command, word, next) is var (option, secret, inNext) && Literal(secret))
        {
            return (inNext ? i + 1 : i, secret, $"a literal {option}");
        }

        return hasEquals && word.Contains("_authToken=", StringComparison.Ordinal) && AuthToken().Match(word) is { Success: true } token && Literal(token.Groups[1].Value)
            ? (i, token.Groups[1].Value, "an npm auth token")
            : null;
    }

    private static (string Option, string Value, bool InNext)? OptionCredential(ShellCommand command, string word, string? next)
    {
        if (word.StartsWith("--", StringComparison.Ordinal) && word.Contains('=', StringComparison.Ordinal) && Assignment(word[2..]) is var (option, value)
            && SecretShapes.MayBeSecretName(option, []) && SecretDetector.IsSecretName(option))
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

    private static (string Name, string Value)? Assignment(string word)
    {
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 ? (word[..eq], word[(eq + 1)..]) : null;
    }

    private static bool Literal(string value) => SecretDetector.IsPlausibleSecretValue(value) && !value.Contains('$', StringComparison.Ordinal) && !value.StartsWith('-');

    [GeneratedRegex(@"_authToken=([^\s""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthToken();
}
