using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>Reads compose scalars the way compose does after interpolation (a quoted "true" is a boolean).</summary>
internal static class ComposeValues
{
    public static bool IsInterpolated(string text) => text.Contains('$', StringComparison.Ordinal);

    /// <summary>The boolean a scalar denotes, or null when it is interpolated or not a boolean.</summary>
    public static bool? Bool(YamlNode? node) => node switch
    {
        YamlScalar { IsPlain: true } s => s.AsBool(),
        YamlScalar s => s.Value.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        _ => null,
    };

    /// <summary>A scalar's text, or null for YAML null, mappings and sequences.</summary>
    public static string? Text(YamlNode? node) => node is YamlScalar { IsNull: false } s ? s.Value : null;
}
