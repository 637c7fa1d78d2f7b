using Bulwark.Diagnostics;

namespace Bulwark.Yaml;

public sealed class YamlSequence : YamlNode
{
    private readonly bool _flow;

    public YamlSequence(IReadOnlyList<YamlNode> items, bool flow, SourceSpan span, string? anchor, string? tag)
        : base(span, anchor, tag)
    {
        Items = items;
        _flow = flow;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override bool IsFlow => _flow;

    public int Count => Items.Count;

    public IEnumerable<YamlMapping> Mappings => Items.OfType<YamlMapping>();

    public IEnumerable<YamlScalar> Scalars => Items.OfType<YamlScalar>();
}
