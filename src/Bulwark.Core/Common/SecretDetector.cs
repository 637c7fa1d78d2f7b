using System.Text.RegularExpressions;

namespace Bulwark.Common;

/// <summary>
/// Decides whether a variable name or value looks like a credential, and redacts values so a
/// secret is never echoed in full in any output.
/// </summary>
public static partial class SecretDetector
{
    private static readonly string[] BuiltInNamePatterns =
    [
        "*PASSWORD*", "*PASSWD*", "*_PWD", "PWD_*", "*SECRET*", "*TOKEN*", "*API_KEY*", "*APIKEY*", "*ACCESS_KEY*",
        "*PRIVATE_KEY*", "*CREDENTIAL*", "*AUTH_KEY*", "*CLIENT_SECRET*", "*_PASS", "*CONNECTION_STRING*",
    ];

    // Names that carry where a secret lives, or describe it, rather than the secret itself.
    private static readonly string[] ReferenceSuffixes =
    [
        "_FILE", "_PATH", "_DIR", "_NAME", "_URL", "_URI", "_ENDPOINT", "_HOST", "_PORT", "_ID", "_TYPE",
        "_KIND", "_REF", "_SECRET_NAME", "_KEY_NAME", "_LENGTH", "_TTL", "_EXPIRY", "_EXPIRATION", "_TIMEOUT", "_ENABLED",
        "_HEADER", "_FIELD", "_AUDIENCE", "_ISSUER", "_MODE", "_VERSION", "_LOCATION", "_REGION",
    ];

    /// <summary>True when <paramref name="name"/> names a credential (built-in patterns plus <paramref name="extraPatterns"/>).</summary>
    public static bool IsSecretName(string name, IEnumerable<string>? extraPatterns = null)
    {
        var upper = name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
        if (extraPatterns?.Any(p => Glob.Matches(p.ToUpperInvariant(), upper)) == true)
        {
            return true;
        }

        if (ReferenceSuffixes.Any(s => upper.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        return BuiltInNamePatterns.Any(p => Glob.Matches(p, upper));
    }

    /// <summary>What kind of credential a value is by its shape (private key, AWS key, JWT, ...), or null.</summary>
    public static string? DescribeSecretValue(string value)
    {
        if (value.Contains("-----BEGIN", StringComparison.Ordinal) && value.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return "a private key";
        }

        foreach (var (regex, description) in ValueShapes)
        {
            if (regex.IsMatch(value))
            {
                return description;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a literal value assigned to a secret-named variable is plausibly a real secret:
    /// not empty, not a variable reference or template, not a boolean or a plain file path.
    /// </summary>
    public static bool IsPlausibleSecretValue(string value)
    {
        var v = value.Trim();
        return v.Length > 0
            && !v.StartsWith('$') && !v.Contains("{{", StringComparison.Ordinal) && !v.Contains("$(", StringComparison.Ordinal)
            && !v.Contains("${", StringComparison.Ordinal) && !v.StartsWith('/')
            && v is not ("true" or "false" or "True" or "False" or "yes" or "no" or "null" or "none" or "None" or "\"\"" or "''")
            && !v.StartsWith("<", StringComparison.Ordinal);
    }

    /// <summary>Shows at most the first three characters: enough to recognise, never enough to use.</summary>
    public static string Redact(string value) =>
        value.Length <= 8 ? "****" : value[..3] + "****";

    private static readonly (Regex Regex, string Description)[] ValueShapes =
    [
        (AwsAccessKey(), "an AWS access key"),
        (Jwt(), "a JSON Web Token"),
        (GitHubToken(), "a GitHub token"),
        (SlackToken(), "a Slack token"),
        (GoogleApiKey(), "a Google API key"),
        (StripeKey(), "a Stripe key"),
        (UrlWithPassword(), "a URL with an embedded password"),
    ];

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
