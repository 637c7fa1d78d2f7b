using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// One mapping a service is built from: its own definition, or a service it <c>extends</c>. A layer
/// read from another file cannot be pointed at in this file, so its values point at the
/// <c>extends</c> key (<see cref="Redirect"/>) instead.
/// </summary>
public sealed record ServiceLayer(YamlMapping Node, SourceSpan? Redirect)
{
    public SourceSpan SpanOf(YamlNode node) => Redirect ?? node.Span;
}

/// <summary>A node found in a service together with the layer that holds it.</summary>
public readonly record struct Located(YamlNode Node, ServiceLayer Layer)
{
    public SourceSpan Span => Layer.SpanOf(Node);

    public string? Text => Node is YamlScalar { IsNull: false } s ? s.Value : null;
}
