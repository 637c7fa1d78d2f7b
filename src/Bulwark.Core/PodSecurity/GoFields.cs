using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// Reads YAML the way Go's decoder fills a Kubernetes struct: a key whose value is YAML null is the
/// same as an absent key (a nil pointer), and wrongly typed values are ignored rather than guessed.
/// </summary>
internal static class GoFields
{
    public static YamlNode? Field(this YamlMapping? mapping, string key) =>
        mapping?.Find(key) is { } entry && entry.Value is not YamlScalar { IsNull: true } ? entry.Value : null;

    public static YamlMapping? Struct(this YamlMapping? mapping, string key) => mapping.Field(key) as YamlMapping;

    public static IEnumerable<YamlMapping> StructList(this YamlMapping? mapping, string key) =>
        (mapping.Field(key) as YamlSequence)?.Mappings ?? [];

    public static IEnumerable<YamlScalar> StringList(this YamlMapping? mapping, string key) =>
        (mapping.Field(key) as YamlSequence)?.Scalars.Where(s => !s.IsNull) ?? [];

    /// <summary>A string field; null when unset (Go's <c>*string</c> nil, or <c>""</c> for plain strings).</summary>
    public static YamlScalar? StringField(this YamlMapping? mapping, string key) => mapping.Field(key) as YamlScalar;

    public static string Text(this YamlMapping? mapping, string key) => mapping.StringField(key)?.Value ?? string.Empty;

    public static bool? BoolField(this YamlMapping? mapping, string key) => (mapping.Field(key) as YamlScalar)?.AsBool();

    public static long? IntField(this YamlMapping? mapping, string key) => (mapping.Field(key) as YamlScalar)?.AsInt64();

    /// <summary>Where a present field is: the value of a scalar, the key of a mapping or list.</summary>
    public static SourceSpan? SpanOf(this YamlMapping? mapping, string key) =>
        mapping?.Find(key) is not { } entry ? null : entry.Value is YamlScalar ? entry.Value.Span : entry.Key.Span;

    /// <summary>The key span of a field, used as "nearest enclosing key" when a nested field is missing.</summary>
    public static SourceSpan? KeySpanOf(this YamlMapping? mapping, string key) => mapping?.Find(key)?.Key.Span;
}
