using System.Globalization;

namespace Bulwark.PodSecurity;

/// <summary>
/// A policy version: <c>latest</c> or <c>v1.N</c>. Only 1.x exists upstream; the text keeps the
/// label's spelling so messages print <c>restricted:latest</c> as the API server does.
/// </summary>
public readonly record struct PolicyVersion
{
    private PolicyVersion(int minor, bool isLatest)
    {
        Minor = minor;
        IsLatest = isLatest;
    }

    public static PolicyVersion Latest { get; } = new(int.MaxValue, true);

    /// <summary>The minor number; <see cref="int.MaxValue"/> for <c>latest</c>.</summary>
    public int Minor { get; }

    public bool IsLatest { get; }

    public static PolicyVersion OfMinor(int minor) =>
        minor >= 0 ? new PolicyVersion(minor, false) : throw new ArgumentOutOfRangeException(nameof(minor));

    /// <summary>
    /// Upstream's <c>api.ParseVersion</c>: <c>latest</c>, or <c>v1.N</c> with no leading zero
    /// (<c>v1.01</c>, <c>1.25</c>, <c>v2.0</c> and <c>v1.</c> are invalid).
    /// </summary>
    public static bool TryParse(string? text, out PolicyVersion version)
    {
        version = Latest;
        if (text == "latest")
        {
            return true;
        }

        if (text is null || !text.StartsWith("v1.", StringComparison.Ordinal) || !IsCanonicalNumber(text.AsSpan(3)))
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = OfMinor(minor);
        return true;
    }

    public override string ToString() =>
        IsLatest ? "latest" : "v1." + Minor.ToString(CultureInfo.InvariantCulture);

    private static bool IsCanonicalNumber(ReadOnlySpan<char> digits) =>
        digits.Length > 0 && (digits.Length == 1 || digits[0] != '0') && !digits.ContainsAnyExceptInRange('0', '9');
}
