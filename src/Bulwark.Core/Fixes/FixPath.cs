namespace Bulwark.Fixes;

/// <summary>
/// A JSON-pointer path (RFC 6901) into an object: mapping keys, sequence indices, or <c>-</c> for
/// "append to the sequence". Equal when the pointers are equal.
/// </summary>
public sealed class FixPath : IEquatable<FixPath>
{
    public const string Append = "-";

    public static readonly FixPath Root = new([]);

    private readonly string _pointer;

    public FixPath(IReadOnlyList<string> segments)
    {
        Segments = segments;
        _pointer = string.Concat(segments.Select(s => "/" + s.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
    }

    public IReadOnlyList<string> Segments { get; }

    public int Count => Segments.Count;

    public string Last => Segments[^1];

    public FixPath Parent => new([.. Segments.Take(Segments.Count - 1)]);

    public static FixPath Parse(string pointer)
    {
        if (pointer.Length == 0)
        {
            return Root;
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"JSON pointer must start with '/': {pointer}");
        }

        return new([.. pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))]);
    }

    public FixPath Then(params string[] keys) => new([.. Segments, .. keys]);

    public FixPath Then(int index) => new([.. Segments, index.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public FixPath Concat(FixPath tail) => new([.. Segments, .. tail.Segments]);

    /// <summary>True when this path is <paramref name="prefix"/> or lies under it.</summary>
    public bool StartsWith(FixPath prefix) =>
        prefix.Count <= Count && prefix.Segments.Select((s, i) => s == Segments[i]).All(same => same);

    public bool Equals(FixPath? other) => other is not null && other._pointer == _pointer;

    public override bool Equals(object? obj) => Equals(obj as FixPath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_pointer);

    public override string ToString() => _pointer;
}
