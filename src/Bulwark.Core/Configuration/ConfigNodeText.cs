using Bulwark.Yaml;

namespace Bulwark.Configuration;

/// <summary>How config error messages name what was expected and what was found.</summary>
internal static class ConfigNodeText
{
    public static string TextName(TextKind kind) => kind switch
    {
        TextKind.RuleSelector => "a rule selector",
        TextKind.PathGlob => "a path glob",
        TextKind.ImageName => "an image name without tag (nginx, ghcr.io/acme/app)",
        TextKind.ImageTag => "an image tag (1.27-alpine, optionally @sha256:<digest>)",
        TextKind.Quantity => "a resource quantity (500m, 512Mi)",
        _ => "a string",
    };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar { IsNull: true } => "nothing",
        YamlScalar s when s.IsPlain && s.AsBool() is not null => $"a boolean ({s.Value})",
        YamlScalar s when s.IsPlain && s.AsInt64() is not null => $"a number ({s.Value})",
        YamlScalar s => $"'{s.Value}'",
        _ => "a value",
    };
}
