using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// The data a YAML node denotes, as a <see cref="FixValue"/>: aliases and merge keys resolved,
/// plain scalars typed the way Kubernetes' YAML decoder types them, styles and comments gone.
/// Two texts with equal trees mean the same object.
/// </summary>
public static partial class SemanticTree
{
    public static FixValue From(YamlNode? node) => node switch
    {
        YamlMapping map => new FixMap([.. map.EffectiveEntries().Reverse().Select(e => new KeyValuePair<string, FixValue>(e.KeyText ?? string.Empty, From(e.Value)))]),
        YamlSequence seq => new FixList([.. seq.Items.Select(From)]),
        YamlScalar scalar => Scalar(scalar),
        _ => new FixScalar(string.Empty, ScalarType.Null),
    };

    public static FixScalar Scalar(YamlScalar scalar)
    {
        if (!scalar.IsPlain || scalar.Tag is "tag:yaml.org,2002:str" or "!!str")
        {
            return new FixScalar(scalar.Value, ScalarType.String, quoted: !scalar.IsPlain);
        }

        return new FixScalar(scalar.Value, TypeOf(scalar));
    }

    private static ScalarType TypeOf(YamlScalar scalar)
    {
        if (scalar.IsNull)
        {
            return ScalarType.Null;
        }

        if (scalar.AsBool() is not null)
        {
            return ScalarType.Bool;
        }

        if (IntPattern().IsMatch(scalar.Value))
        {
            return ScalarType.Int;
        }

        return FloatPattern().IsMatch(scalar.Value) && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? ScalarType.Float
            : ScalarType.String;
    }

    [GeneratedRegex(@"^[-+]?(?:[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
