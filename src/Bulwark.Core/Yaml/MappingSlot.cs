using Bulwark.Diagnostics;
using YamlDotNet.Core;

namespace Bulwark.Yaml;

/// <summary>
/// One entry of a <see cref="YamlMapping"/> as the loader keeps it. Nearly every key and most values
/// are scalars without anchor or tag, and most of them are never looked at (whole CRD schemas), so
/// such a scalar is kept as its text, span and style, and its <see cref="YamlScalar"/> is made only
/// when asked for. The trees of a scan live until it ends and each garbage collection pays for every
/// object and byte in them: this keeps an entry to one array element instead of three objects.
/// </summary>
/// <remarks>
/// A value made on demand replaces its text in the array element itself, so reach a slot through its
/// array, never through a copy. A key's node is made with its <see cref="YamlEntry"/>, which the
/// mapping keeps; keys are reachable only through entries.
/// </remarks>
internal struct MappingSlot
{
    // Each a string while the scalar is kept as text, else its node.
    private readonly object _key;
    private object _value;
    private readonly SourceSpan _keySpan;
    private readonly SourceSpan _valueSpan;
    private readonly ScalarStyle _keyStyle;
    private readonly ScalarStyle _valueStyle;

    public MappingSlot(YamlNode key, YamlNode value)
    {
        _key = key;
        _value = value;
    }

    public MappingSlot(Part key, Part value)
    {
        (_key, _keyStyle, _keySpan) = key;
        (_value, _valueStyle, _valueSpan) = value;
    }

    /// <summary>The key's text when the key is a scalar, as <see cref="YamlEntry.KeyText"/>.</summary>
    public readonly string? KeyText => _key as string ?? (_key as YamlScalar)?.Value;

    public readonly SourceSpan KeySpan => _key is YamlNode node ? node.Span : _keySpan;

    /// <summary>A YAML merge key: a plain <c>&lt;&lt;</c>.</summary>
    public readonly bool IsMerge => KeyText == "<<" && (_key is YamlScalar s ? s.Style : _keyStyle) == ScalarStyle.Plain;

    public readonly SourceSpan ValueSpan => _value is YamlNode node ? node.Span : _valueSpan;

    /// <summary>The value's node if it exists already; null for a scalar nobody has asked for yet.</summary>
    public readonly YamlNode? MadeValue => _value as YamlNode;

    /// <summary>The value's node, made and kept on first use; of two threads racing, the first one stored wins.</summary>
    public YamlNode Value
    {
        get
        {
            if (_value is YamlNode node)
            {
                return node;
            }

            var text = (string)_value;
            var made = new YamlScalar(text, _valueStyle, _valueSpan, null, null);
            return Interlocked.CompareExchange(ref _value, made, text) as YamlNode ?? made;
        }
    }

    /// <summary>The key's node: the one read, or a new scalar for a key kept as text.</summary>
    public readonly YamlNode MakeKey() =>
        _key as YamlNode ?? new YamlScalar((string)_key, _keyStyle, _keySpan, null, null);

    /// <summary>A key or value as read: a node, or the text of a scalar kept as text with its style and span.</summary>
    internal readonly record struct Part(object NodeOrText, ScalarStyle Style, SourceSpan Span)
    {
        public static Part Of(YamlNode node) => new(node, default, default);
    }
}
