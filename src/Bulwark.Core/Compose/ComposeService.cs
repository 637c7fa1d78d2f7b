using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// A compose service seen through its <c>extends</c> chain, following the compose-spec merge rules:
/// a scalar or mapping value comes from the nearest layer that sets it (the service's own first),
/// sequences (<c>cap_add</c>, <c>ports</c>, <c>volumes</c>, ...) are concatenated base first, and
/// mapping-or-list keys (<c>environment</c>) merge by name. YAML merge keys are resolved by
/// <see cref="YamlMapping.Find"/> inside each layer.
/// </summary>
public sealed class ComposeService
{
    private const string ResetTag = "!reset";
    private const string OverrideTag = "!override";

    public ComposeService(string name, SourceSpan keySpan, IReadOnlyList<ServiceLayer> layers)
    {
        Name = name;
        KeySpan = keySpan;
        Layers = layers;
    }

    public string Name { get; }

    /// <summary>The service's key under <c>services:</c>: where missing settings are reported.</summary>
    public SourceSpan KeySpan { get; }

    /// <summary>The service's own mapping first, then the services it extends.</summary>
    public IReadOnlyList<ServiceLayer> Layers { get; }

    public YamlMapping Own => Layers[0].Node;

    /// <summary>The value at <paramref name="path"/> (e.g. <c>deploy</c>, <c>resources</c>, <c>limits</c>) from the nearest layer that has it.</summary>
    public Located? Find(params string[] path)
    {
        foreach (var layer in Layers)
        {
            if (Walk(layer.Node, path) is { } node && node is not YamlScalar { IsNull: true } && node.Tag != ResetTag)
            {
                return new Located(node, layer);
            }

            if (Walk(layer.Node, path)?.Tag == ResetTag)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The span of the key at <paramref name="path"/> in the nearest layer that has it (for "set here" findings).</summary>
    public SourceSpan? KeySpanOf(params string[] path)
    {
        foreach (var layer in Layers)
        {
            if ((Walk(layer.Node, path[..^1]) as YamlMapping)?.Find(path[^1]) is { } entry)
            {
                return layer.SpanOf(entry.Key);
            }
        }

        return null;
    }

    /// <summary>The scalar text at <paramref name="path"/>, with its span.</summary>
    public (string Text, SourceSpan Span)? Scalar(params string[] path) =>
        Find(path) is { Text: { } text } found ? (text, found.Span) : null;

    /// <summary>
    /// Every item of a sequence key across the chain, base first; a lone scalar counts as one item.
    /// Compose's <c>!reset</c> tag drops the key's value from here down, <c>!override</c> keeps only this layer's.
    /// </summary>
    public IEnumerable<Located> Items(string key)
    {
        var layers = new List<(YamlNode Node, ServiceLayer Layer)>();
        foreach (var layer in Layers)
        {
            var node = layer.Node[key];
            if (node is null)
            {
                continue;
            }

            if (node.Tag == ResetTag)
            {
                break;
            }

            layers.Add((node, layer));
            if (node.Tag == OverrideTag)
            {
                break;
            }
        }

        return layers.AsEnumerable().Reverse().SelectMany(l => ItemsOf(l.Node, l.Layer));
    }

    private static IEnumerable<Located> ItemsOf(YamlNode node, ServiceLayer layer) => node switch
    {
        YamlSequence seq => seq.Items.Select(item => new Located(item, layer)),
        YamlScalar { IsNull: false } scalar => [new Located(scalar, layer)],
        _ => [],
    };

    private static YamlNode? Walk(YamlMapping map, string[] path)
    {
        YamlNode? node = map;
        foreach (var key in path)
        {
            node = (node as YamlMapping)?[key];
        }

        return node;
    }
}
