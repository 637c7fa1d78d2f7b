using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>Reads one <c>matchExpressions</c> item, validating it as the API server does.</summary>
internal static class SelectorExpression
{
    public static (LabelRequirement? Requirement, string? Error) Read(YamlNode node)
    {
        if (node is not YamlMapping map || map.String("key") is not { Length: > 0 } key)
        {
            return (null, "a matchExpressions item needs a key");
        }

        var values = map.Sequence("values")?.Items.Select(LabelSelector.ScalarText).ToList() ?? [];
        var op = map.String("operator") switch
        {
            "In" => SelectorOperator.In,
            "NotIn" => SelectorOperator.NotIn,
            "Exists" => SelectorOperator.Exists,
            "DoesNotExist" => SelectorOperator.DoesNotExist,
            _ => (SelectorOperator?)null,
        };

        if (op is not { } known)
        {
            return (null, $"unknown operator \"{map.String("operator")}\" for key {key}");
        }

        var setBased = known is SelectorOperator.In or SelectorOperator.NotIn;
        if (setBased && values.Count == 0)
        {
            return (null, $"operator {known} needs values for key {key}");
        }

        return !setBased && values.Count > 0
            ? (null, $"operator {known} takes no values for key {key}")
            : (new LabelRequirement(key, known, values), null);
    }
}
