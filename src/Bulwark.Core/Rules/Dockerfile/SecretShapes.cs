using System.Buffers;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// A fast pre-check before <see cref="Common.SecretDetector.DescribeSecretValue"/>, which runs several
/// regular expressions: every value shape it knows contains one of these markers and is at least ten
/// characters long, so the tens of thousands of ordinary shell words (<c>apt-get</c>, <c>-y</c>,
/// <c>install</c>) skip the regexes. A test keeps the markers in step with the detector's shapes.
/// </summary>
public static class SecretShapes
{
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        ["-----BEGIN", "AKIA", "ASIA", "eyJ", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "AIza", "_live_", "://"],
        StringComparison.Ordinal);

    // Every built-in credential-name pattern of SecretDetector contains one of these.
    private static readonly SearchValues<string> NameMarkers = SearchValues.Create(
        ["PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "CONNECTION"], StringComparison.OrdinalIgnoreCase);

    public static bool MayMatch(ReadOnlySpan<char> value) => value.Length >= 10 && MayContainMarker(value);

    /// <summary>True when <paramref name="text"/> holds one of the markers every value shape contains.</summary>
    public static bool MayContainMarker(ReadOnlySpan<char> text) => text.IndexOfAny(Markers) >= 0;

    /// <summary>Pre-check for <see cref="Common.SecretDetector.IsSecretName"/>; user patterns (<paramref name="extra"/>) can match anything.</summary>
    public static bool MayBeSecretName(ReadOnlySpan<char> name, IReadOnlyList<string> extra) => extra.Count > 0 || name.IndexOfAny(NameMarkers) >= 0;
}
