using System.Globalization;

namespace Bulwark.Fixes;

/// <summary>The JSON types a scalar can resolve to.</summary>
public enum ScalarType
{
    String,
    Int,
    Float,
    Bool,
    Null,
}

/// <summary>
/// A small immutable JSON-like tree: the values fixes write, and the semantic form of a parsed YAML
/// document (to check an edit changed exactly what it said). Mapping equality ignores key order.
/// </summary>
public abstract class FixValue
{
    public static FixScalar Bool(bool value) => new(value ? "true" : "false", ScalarType.Bool);

    public static FixScalar Int(long value) => new(value.ToString(CultureInfo.InvariantCulture), ScalarType.Int);

    /// <summary>A string; <paramref name="quoted"/> asks the YAML rendering for double quotes (as the seed writes <c>"512Mi"</c>).</summary>
    public static FixScalar String(string value, bool quoted = false) => new(value, ScalarType.String, quoted);

    public static FixMap Map(params (string Key, FixValue Value)[] entries) => new([.. entries.Select(e => new KeyValuePair<string, FixValue>(e.Key, e.Value))]);

    public static FixList List(params FixValue[] items) => new(items);

    public abstract bool SemanticEquals(FixValue other);

    public override string ToString() => FixJson.Write(this);
}

public sealed class FixScalar(string text, ScalarType type, bool quoted = false) : FixValue
{
    public string Text { get; } = text;

    public ScalarType Type { get; } = type;

    public bool Quoted { get; } = quoted;

    public override bool SemanticEquals(FixValue other) =>
        other is FixScalar s && s.Type == Type && (Type == ScalarType.Null || Normalized() == s.Normalized());

    private string Normalized() => Type == ScalarType.Bool ? Text.ToLowerInvariant() : Text;
}

public sealed class FixMap(IReadOnlyList<KeyValuePair<string, FixValue>> entries) : FixValue
{
    public static readonly FixMap Empty = new([]);

    public IReadOnlyList<KeyValuePair<string, FixValue>> Entries { get; } = entries;

    public FixValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    public bool Has(string key) => Entries.Any(e => e.Key == key);

    /// <summary>This mapping with <paramref name="key"/> set: replaced in place, or appended.</summary>
    public FixMap With(string key, FixValue value) => Has(key)
        ? new([.. Entries.Select(e => e.Key == key ? new KeyValuePair<string, FixValue>(key, value) : e)])
        : new([.. Entries, new KeyValuePair<string, FixValue>(key, value)]);

    public FixMap Without(string key) => new([.. Entries.Where(e => e.Key != key)]);

    public override bool SemanticEquals(FixValue other) =>
        other is FixMap m && m.Entries.Count == Entries.Count
        && Entries.All(e => m[e.Key] is { } v && e.Value.SemanticEquals(v));
}

public sealed class FixList(IReadOnlyList<FixValue> items) : FixValue
{
    public IReadOnlyList<FixValue> Items { get; } = items;

    public override bool SemanticEquals(FixValue other) =>
        other is FixList l && l.Items.Count == Items.Count && Items.Zip(l.Items).All(p => p.First.SemanticEquals(p.Second));
}
