using System.Text.RegularExpressions;

namespace Bulwark.Common;

/// <summary>
/// Decides whether a variable name or value looks like a credential, and redacts values so a
/// secret is never echoed in full in any output.
/// </summary>
public static partial class SecretDetector
{
    // Whole words of a variable name (split on _ - .) that name a credential. Matching words, not
    // substrings, keeps MAX_TOKENS or PASSTHROUGH from looking like secrets.
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "PASSWORD", "PASSWD", "PWD", "PASS", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "CREDS",
    };

    // Two-word credential names (API_KEY, ACCESS_KEY, ...).
    private static readonly string[] SecretPhrases = ["API_KEY", "ACCESS_KEY", "SECRET_KEY", "PRIVATE_KEY", "AUTH_KEY", "MASTER_KEY", "ENCRYPTION_KEY", "SIGNING_KEY", "CONNECTION_STRING"];

    // Last words that say the variable holds where a secret lives, or describes it, not the secret itself.
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal)
    {
        "FILE", "PATH", "DIR", "NAME", "URL", "URI", "ENDPOINT", "HOST", "PORT", "ID", "TYPE", "KIND", "REF", "LENGTH",
        "TTL", "EXPIRY", "EXPIRATION", "TIMEOUT", "ENABLED", "HEADER", "FIELD", "AUDIENCE", "ISSUER", "MODE", "VERSION",
        "LOCATION", "REGION", "SIZE", "COUNT", "LIMIT", "POLICY", "REQUIRED", "METHOD", "KEYS", "PREFIX", "SUFFIX", "FORMAT",
    };

    /// <summary>True when <paramref name="name"/> names a credential (built-in words plus <paramref name="extraPatterns"/> globs).</summary>
    public static bool IsSecretName(string name, IEnumerable<string>? extraPatterns = null)
    {
        var upper = name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
        if (extraPatterns?.Any(p => Glob.Matches(p.ToUpperInvariant(), upper)) == true)
        {
            return true;
        }

        var words = upper.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || ReferenceWords.Contains(words[^1]) || words[0] is "MAX" or "MIN" or "NUM")
        {
            return false;
        }

        var joined = "_" + string.Join('_', words) + "_";
        return words.Any(SecretWords.Contains) || SecretPhrases.Any(p => joined.Contains("_" + p + "_", StringComparison.Ordinal));
    }

    /// <summary>What kind of credential a value is by its shape (private key, AWS key, JWT, ...), or null.</summary>
    public static string? DescribeSecretValue(string value)
    {
        if (value.Contains("-----BEGIN", StringComparison.Ordinal) && value.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return "a private key";
        }

        foreach (var shape in ValueShapes)
        {
            if (shape.MayMatch(value) && shape.Regex.IsMatch(value))
            {
                return shape.Description;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a literal value assigned to a secret-named variable is plausibly a real secret:
    /// not empty, not a variable reference or template, not a boolean or a plain file path.
    /// </summary>
    public static bool IsPlausibleSecretValue(string value, string? name = null)
    {
        var v = value.Trim();
        if (name is not null && v.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            // A placeholder that repeats the variable's name (GOOGLE_API_KEY_VAL, INSERT_TOKEN_HERE).
            return false;
        }

        return v.Length > 0
            && !v.StartsWith('$') && !v.Contains("{{", StringComparison.Ordinal) && !v.Contains("$(", StringComparison.Ordinal)
            && !v.Contains("${", StringComparison.Ordinal) && !v.StartsWith('/')
            && v is not ("true" or "false" or "True" or "False" or "yes" or "no" or "null" or "none" or "None" or "\"\"" or "''")
            && !v.StartsWith('<') && !v.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            && !v.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Shows at most the first three characters: enough to recognise, never enough to use.</summary>
    public static string Redact(string value) =>
        value.Length <= 8 ? "****" : value[..3] + "****";

    // Each shape with literals every match contains: a value without them skips the regex (running
    // seven regular expressions costs far more than a few substring searches, and scans ask this
    // for every long shell word and ConfigMap value).
    private static readonly ValueShape[] ValueShapes =
    [
        new(["AKIA", "ASIA"], null, AwsAccessKey(), "an AWS access key"),
        new(["eyJ"], null, Jwt(), "a JSON Web Token"),
        new(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], null, GitHubToken(), "a GitHub token"),
        new(["xox"], null, SlackToken(), "a Slack token"),
        new(["AIza"], null, GoogleApiKey(), "a Google API key"),
        new(["_live_"], null, StripeKey(), "a Stripe key"),
        new(["://"], "@", UrlWithPassword(), "a URL with an embedded password"),
    ];

    /// <param name="AnyOf">Every match contains one of these.</param>
    /// <param name="AlsoNeeds">And this, when set.</param>
    private sealed record ValueShape(string[] AnyOf, string? AlsoNeeds, Regex Regex, string Description)
    {
        private readonly System.Buffers.SearchValues<string> _anyOf = System.Buffers.SearchValues.Create(AnyOf, StringComparison.Ordinal);

        public bool MayMatch(string value) =>
            value.AsSpan().ContainsAny(_anyOf)
            && (AlsoNeeds is null || value.Contains(AlsoNeeds, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\b(sk|rk)_live_[0-9A-Za-z]{16,}", RegexOptions.CultureInvariant)]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^/\s:@$]+:[^/\s@$]{3,}@", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlWithPassword();
}
