using Bulwark.Diagnostics;
using Bulwark.Rules;
using Bulwark.Yaml;

namespace Bulwark.Configuration;

/// <summary>
/// Checks YAML nodes against <see cref="ConfigType"/>s, recording each problem at the node's
/// position. A value is applied only when it is entirely valid.
/// </summary>
internal sealed class ConfigReader(string path, List<ScanError> errors)
{
    private static readonly IReadOnlyList<RuleMetadata> Catalogue = [.. RuleCatalog.All.Select(r => r.Metadata)];

    public void Error(SourcePosition at, string message) => errors.Add(new ScanError(path, at.Line, at.Column, message));

    public void ReadObject(YamlNode node, ObjectType type, BulwarkConfig config)
    {
        if (node is not YamlMapping mapping)
        {
            Error(node.Span.Start, $"expected a mapping of keys ({string.Join(", ", type.Properties.Select(p => p.Name))}), got {ConfigNodeText.Describe(node)}");
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            var name = entry.KeyText ?? string.Empty;
            if (type.Properties.FirstOrDefault(p => p.Name == name) is not { } property)
            {
                Error(entry.Key.Span.Start, $"unknown key '{name}'{KeySuggestion.For(name, type.Properties.Select(p => p.Name))}");
                continue;
            }

            ReadProperty(entry.Value, property, config);
        }
    }

    private void ReadProperty(YamlNode node, ConfigProperty property, BulwarkConfig config)
    {
        if (property.Type is ObjectType nested)
        {
            ReadObject(node, nested, config);
            return;
        }

        var before = errors.Count;
        var value = Read(node, property.Type, property.Name);
        if (value is not null && errors.Count == before)
        {
            property.Apply?.Invoke(config, value);
        }
    }

    private object? Read(YamlNode node, ConfigType type, string key) => type switch
    {
        TextType text => ReadText(node, text.Kind, key),
        ChoiceType choice => ReadChoice(node, choice, key),
        BoolType => ReadBool(node, key),
        IntegerType integer => ReadInteger(node, integer, key),
        ListType list => ReadList(node, list, key),
        MapType map => ReadMap(node, map, key),
        _ => throw new InvalidOperationException("unexpected config type " + type),
    };

    private string? ReadText(YamlNode node, TextKind kind, string key)
    {
        if (node is not YamlScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            Error(node.Span.Start, $"'{key}' expects {ConfigNodeText.TextName(kind)}, got {ConfigNodeText.Describe(node)}");
            return null;
        }

        if (kind == TextKind.RuleSelector && !RuleSelector.IsKnown(scalar.Value, Catalogue))
        {
            Error(node.Span.Start, $"unknown rule selector '{scalar.Value}' in '{key}' (a rule ID, name, ID prefix or practice key; see 'bulwark rules')");
            return null;
        }

        if (!ConfigTextKinds.Matches(kind, scalar.Value))
        {
            Error(node.Span.Start, $"'{key}' expects {ConfigNodeText.TextName(kind)}, got '{scalar.Value}'");
            return null;
        }

        return scalar.Value;
    }

    private object? ReadInteger(YamlNode node, IntegerType integer, string key)
    {
        if (node is YamlScalar { IsPlain: true } scalar && scalar.AsInt64() is { } value && value >= integer.Minimum && value <= integer.Maximum)
        {
            return value;
        }

        Error(node.Span.Start, $"'{key}' expects a whole number from {integer.Minimum} to {integer.Maximum}, got {ConfigNodeText.Describe(node)}");
        return null;
    }

    private string? ReadChoice(YamlNode node, ChoiceType choice, string key)
    {
        var value = (node as YamlScalar)?.Value;
        if (node is YamlScalar && choice.Choices.Contains(value))
        {
            return value;
        }

        var got = node is YamlScalar ? $"'{value}'" : ConfigNodeText.Describe(node);
        Error(node.Span.Start, $"invalid value {got} for '{key}': expected one of {string.Join(", ", choice.Choices)}");
        return null;
    }

    private object? ReadBool(YamlNode node, string key)
    {
        if ((node as YamlScalar)?.AsBool() is { } value)
        {
            return value;
        }

        Error(node.Span.Start, $"'{key}' expects true or false, got {ConfigNodeText.Describe(node)}");
        return null;
    }

    private List<object>? ReadList(YamlNode node, ListType list, string key)
    {
        if (node is not YamlSequence sequence)
        {
            Error(node.Span.Start, $"'{key}' expects a list, got {ConfigNodeText.Describe(node)}");
            return null;
        }

        var items = sequence.Items.Select(item => Read(item, list.Items, key)).ToList();
        return items.Contains(null) ? null : [.. items.OfType<object>()];
    }

    private List<KeyValuePair<string, object>>? ReadMap(YamlNode node, MapType map, string key)
    {
        if (node is not YamlMapping mapping)
        {
            Error(node.Span.Start, $"'{key}' expects a mapping, got {ConfigNodeText.Describe(node)}");
            return null;
        }

        var pairs = new List<KeyValuePair<string, object>>();
        foreach (var entry in mapping.Entries)
        {
            var entryKey = ReadText(entry.Key, map.Keys, key);
            var value = Read(entry.Value, map.Values, $"{key}.{entryKey}");
            if (entryKey is not null && value is not null)
            {
                pairs.Add(new(entryKey, value));
            }
        }

        return pairs;
    }
}
