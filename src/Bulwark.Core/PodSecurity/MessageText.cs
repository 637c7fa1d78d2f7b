namespace Bulwark.PodSecurity;

/// <summary>Upstream's message helpers (policy/helpers.go), reproduced to the byte.</summary>
internal static class MessageText
{
    /// <summary><c>joinQuote</c>: wraps each item in plain double quotes (no escaping), ", " between.</summary>
    public static string JoinQuote(IEnumerable<string> items)
    {
        var list = items as IReadOnlyCollection<string> ?? items.ToList();
        return list.Count == 0 ? string.Empty : "\"" + string.Join("\", \"", list) + "\"";
    }

    public static string Pluralize(string singular, string plural, int count) => count == 1 ? singular : plural;

    /// <summary><c>pluralize("container", "containers", n)</c> followed by the quoted names.</summary>
    public static string Containers(IReadOnlyCollection<string> names) =>
        $"{Pluralize("container", "containers", names.Count)} {JoinQuote(names)}";

    /// <summary>Go's <c>sets.String.List()</c>: de-duplicated and ordinally sorted.</summary>
    public static List<string> SortedSet(IEnumerable<string> items)
    {
        var list = items.Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
