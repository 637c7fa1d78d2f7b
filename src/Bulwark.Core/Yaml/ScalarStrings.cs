namespace Bulwark.Yaml;

/// <summary>
/// Lets equal scalar strings share one instance. Manifests repeat the same keys and values
/// (<c>name</c>, <c>image</c>, <c>IfNotPresent</c>, whole CRD schemas) thousands of times, and the
/// trees of a scan live until it ends, so each duplicate the parser hands us would otherwise be one
/// more object for every garbage collection to mark and move.
/// </summary>
/// <remarks>
/// A small direct-mapped table, lossy by design: a slot keeps the last string that hashed to it, so
/// memory stays bounded (at most <see cref="Slots"/> strings of up to <see cref="MaxLength"/>
/// characters) however much is parsed. It is shared by all threads without a lock: a slot holds an
/// immutable string and reference writes are atomic, so a race only costs a missed share.
/// </remarks>
internal static class ScalarStrings
{
    private const int Slots = 1 << 14;

    // Longer values (descriptions, scripts, certificates) are rarely repeated outside generated
    // manifests and would make the table hold a lot of text.
    private const int MaxLength = 128;

    private static readonly string?[] Table = new string?[Slots];

    /// <summary>An instance equal to <paramref name="value"/>, shared with earlier equal scalars where possible.</summary>
    public static string Share(string value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length > MaxLength)
        {
            return value;
        }

        ref var slot = ref Table[value.GetHashCode() & (Slots - 1)];
        var cached = slot;
        if (cached is not null && string.Equals(cached, value, StringComparison.Ordinal))
        {
            return cached;
        }

        slot = value;
        return value;
    }
}
