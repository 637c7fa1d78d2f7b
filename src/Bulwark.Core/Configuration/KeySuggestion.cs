namespace Bulwark.Configuration;

/// <summary>"did you mean" for a misspelt key: the closest known key within a small edit distance.</summary>
internal static class KeySuggestion
{
    public static string For(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(name.ToLowerInvariant(), k)))
            .Where(k => k.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        return best.Key is null
            ? $" (known keys: {string.Join(", ", known)})"
            : $" (did you mean '{best.Key}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
