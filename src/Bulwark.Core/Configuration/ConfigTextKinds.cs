using System.Text.RegularExpressions;

namespace Bulwark.Configuration;

/// <summary>
/// The shapes of the text kinds that have one. The loader checks values with these patterns and the
/// JSON Schema publishes the same strings, so editors and the loader agree.
/// </summary>
internal static partial class ConfigTextKinds
{
    private const string ImageNamePattern = "^([A-Za-z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$";

    private const string ImageTagPattern = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[a-f0-9]{64})?$";

    private const string QuantityPattern = "^([0-9]+(\\.[0-9]+)?|\\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$";

    /// <summary>The pattern values of <paramref name="kind"/> must match, or null when any non-empty text will do.</summary>
    public static string? Pattern(TextKind kind) => kind switch
    {
        TextKind.ImageName => ImageNamePattern,
        TextKind.ImageTag => ImageTagPattern,
        TextKind.Quantity => QuantityPattern,
        _ => null,
    };

    public static bool Matches(TextKind kind, string value) => kind switch
    {
        TextKind.ImageName => ImageName().IsMatch(value),
        TextKind.ImageTag => ImageTag().IsMatch(value),
        TextKind.Quantity => Quantity().IsMatch(value),
        _ => true,
    };

    [GeneratedRegex(ImageNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ImageName();

    [GeneratedRegex(ImageTagPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex(QuantityPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
