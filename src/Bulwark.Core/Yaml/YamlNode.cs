using Bulwark.Diagnostics;

namespace Bulwark.Yaml;

/// <summary>
/// A node of a YAML document with its exact source span. Built from YamlDotNet's event stream so
/// positions, scalar styles and flow/block style survive (YamlStream would drop what fixes need).
/// Aliases resolve to the anchored node instance, so an alias shares the anchor's positions.
/// </summary>
public abstract class YamlNode
{
    protected YamlNode(SourceSpan span, string? anchor, string? tag)
    {
        Span = span;
        Anchor = anchor;
        Tag = tag;
    }

    public SourceSpan Span { get; }

    public string? Anchor { get; }

    public string? Tag { get; }

    /// <summary>True when this node is written in flow style (<c>{...}</c> / <c>[...]</c>).</summary>
    public virtual bool IsFlow => false;
}
