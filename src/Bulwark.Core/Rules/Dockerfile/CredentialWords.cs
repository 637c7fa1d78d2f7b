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
    private static readonly WordSet CommandsWithCredentialWords = ["aws", "npm", "yarn", "pnpm"];

    private static readonly WordSet ValueOptions =
    [
        "--password", "--pass", "--passwd", "--token", "--api-key", "--apikey", "--secret", "--client-secret",
        "--access-key", "--secret-key", "--auth-token", "--http-password", "--ftp-password", "--proxy-password",
    ];

    /// <summary>
    /// False for a word <see cref="Find"/> cannot report in a command that does not take credential
    /// words: not an option, no <c>=</c>, no value shape. Most words of a RUN (<c>install</c>, package
    /// names, paths) are turned away by these few tests before the per-word work.
    /// </summary>
    public static bool MayCarry(ReadOnlySpan<char> word) => word is ['-', ..] || word.Contains('=') || SecretShapes.MayMatch(word);

    /// <summary>True when <paramref name="command"/> takes credentials as positional words (ask once per command, not per word).</summary>
    public static bool TakesCredentialWords(ShellCommand command) => CommandsWithCredentialWords.Contains(command.Name);

    /// <summary>The credential word <paramref name="i"/> of the command carries, if any: (word index, value, description).</summary>
    /// <param name="credentialWords"><see cref="TakesCredentialWords"/> of the command.</param>
    /// <remarks>
    /// Asked of every word of every RUN: the words are compared as spans, the cheap tests come first and
    /// are not repeated, and strings are only made for words that pass them.
    /// </remarks>
    public static (int Index, string Value, string What)? Find(ShellCommand command, int i, IReadOnlyList<string> secretNames, bool credentialWords)
    {
        var words = command.WordSpan;
        var word = words[i].ValueSpan;
        ShellWord? next = i + 1 < words.Length ? words[i + 1] : null;
        if (SecretShapes.MayMatch(word) && SecretDetector.DescribeSecretValue(words[i].Value) is { } shape)
        {
            return (i, words[i].Value, shape);
        }

        var eq = word.IndexOf('=');
        if (eq > 0 && SecretShapes.MayBeSecretName(word[..eq], secretNames) && IsSecretName(word[..eq], secretNames) && Literal(word[(eq + 1)..]) is { } value)
        {
            return (i, value, $"a literal {word[..eq]}");
        }

        if ((word.StartsWith('-') || credentialWords) && OptionCredential(command, words[i], next) is var (option, secret, inNext) && Literal(secret) is { } literal)
        {
            return (inNext ? i + 1 : i, literal, $"a literal {option}");
        }

        return eq >= 0 && word.Contains("_authToken=", StringComparison.Ordinal) && AuthToken().Match(words[i].Value) is { Success: true } token && Literal(token.Groups[1].Value) is { } auth
            ? (i, auth, "an npm auth token")
            : null;
    }

    private static bool IsSecretName(ReadOnlySpan<char> name, IReadOnlyList<string> secretNames) => SecretDetector.IsSecretName(name.ToString(), secretNames);

    private static (string Option, string Value, bool InNext)? OptionCredential(ShellCommand command, ShellWord current, ShellWord? following)
    {
        var word = current.ValueSpan;
        if (word.StartsWith("--", StringComparison.Ordinal) && word[2..].IndexOf('=') is var eq and > 0
            && SecretShapes.MayBeSecretName(word[2..][..eq], []) && SecretDetector.IsSecretName(word[2..][..eq].ToString()))
        {
            return ("--" + word[2..][..eq].ToString(), word[(2 + eq + 1)..].ToString(), false);
        }

        // Spaced form only for options known to take a credential: boolean flags such as
        // `adduser --disabled-password app` have credential-like names too.
        if (following is { } nextWord && ValueOptions.TryGetValue(word, out var valueOption))
        {
            return (valueOption, nextWord.Value, true);
        }

        return command.Name switch
        {
            "curl" or "docker" or "podman" or "helm" or "buildah" or "skopeo" or "mysql" or "mariadb" or "mysqladmin" or "mysqldump" or "aws" or "npm" or "yarn" or "pnpm"
                => ToolCredential(command, current.Value, following?.Value),
            _ => null,
        };
    }

    /// <summary>The per-tool forms: <c>curl -u user:pass</c>, <c>docker login -p</c>, <c>mysql -pSECRET</c>, <c>aws configure set</c>, npm auth settings.</summary>
    private static (string Option, string Value, bool InNext)? ToolCredential(ShellCommand command, string word, string? next) => command.Name switch
    {
        "curl" when word is "-u" or "--user" && next is not null && next.Contains(':', StringComparison.Ordinal) => ("curl user:password", next[(next.IndexOf(':', StringComparison.Ordinal) + 1)..], true),
        "docker" or "podman" or "helm" or "buildah" or "skopeo" when word == "-p" && next is not null && command.Subcommand is "login" or "registry" => ("registry password", next, true),
        "mysql" or "mariadb" or "mysqladmin" or "mysqldump" when word.StartsWith("-p", StringComparison.Ordinal) && word.Length > 2 => ("database password", word[2..], false),
        "aws" when command.Arguments.Count >= 4 && word == command.Arguments[2].Value && word is "aws_secret_access_key" or "aws_access_key_id" or "aws_session_token" && next is not null => (word, next, true),
        "npm" or "yarn" or "pnpm" when (word.Contains("_authToken", StringComparison.Ordinal) || word.Contains("_password", StringComparison.Ordinal) || word == "npmAuthToken") && next is not null && !word.Contains('=', StringComparison.Ordinal) => (word, next, true),
        _ => null,
    };

    /// <summary>The value as a string when it is a plausible literal credential (not a variable, option or placeholder).</summary>
    private static string? Literal(ReadOnlySpan<char> value) =>
        value.Contains('$') || value.StartsWith('-') || !MayBePlausible(value) ? null : Literal(value.ToString());

    private static string? Literal(string value) =>
        SecretDetector.IsPlausibleSecretValue(value) && !value.Contains('$', StringComparison.Ordinal) && !value.StartsWith('-') ? value : null;

    // IsPlausibleSecretValue rejects a value that is blank once trimmed: most words are turned away here without a string.
    private static bool MayBePlausible(ReadOnlySpan<char> value) => !value.Trim().IsEmpty;

    [GeneratedRegex(@"_authToken=([^\s""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthToken();
}
