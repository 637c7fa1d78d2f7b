using Bulwark.Diagnostics;

namespace Bulwark.Configuration;

/// <summary>Typed views of the values <see cref="ConfigLoader"/> reads (already validated against their <see cref="ConfigType"/>).</summary>
internal static class ConfigValues
{
    public static IReadOnlyList<string> Strings(object value) => [.. ((IReadOnlyList<object>)value).Cast<string>()];

    public static IReadOnlyList<KeyValuePair<string, object>> Pairs(object value) => (IReadOnlyList<KeyValuePair<string, object>>)value;

    public static Severity Severity(object value)
    {
        SeverityNames.TryParse((string)value, out var severity);
        return severity;
    }
}
