using Bulwark.Diagnostics;

namespace Bulwark.Engine;

/// <summary>
/// The report order: by file (ordinal), line, column and rule, stable for ties; exact repeats (same
/// rule, location, message and container, e.g. a pod-level value seen through several containers)
/// are dropped, keeping the first.
/// </summary>
public static class FindingOrder
{
    public static List<Finding> Apply(List<Finding> findings)
    {
        // Repeats share their sort key, so after a stable sort they sit in one run of equal keys,
        // first occurrence first: dropping them there needs no hashing of paths and messages.
        var ordered = IsOrdered(findings) ? findings : StableSort(findings);
        var kept = new List<Finding>(ordered.Count);
        var run = 0;
        foreach (var finding in ordered)
        {
            if (kept.Count > run && Compare(kept[run], finding) != 0)
            {
                run = kept.Count;
            }

            if (!RepeatsOneOf(kept, run, finding))
            {
                kept.Add(finding);
            }
        }

        return kept;
    }

    private static bool IsOrdered(List<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static List<Finding> StableSort(List<Finding> findings)
    {
        // Sorted by integer keys: each distinct file is ranked once (a few hundred path comparisons)
        // instead of comparing paths, which share long prefixes, in every one of n log n comparisons.
        // The original index breaks ties (a span sort is not stable).
        var ranks = FileRanks(findings);
        var keys = new SortKey[findings.Count];
        string? file = null;
        var rank = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var location = findings[i].Location;
            if (!ReferenceEquals(location.File, file))
            {
                file = location.File;
                rank = ranks[file];
            }

            keys[i] = new SortKey(rank, location.Line, location.Column, findings[i].Rule.Id, i);
        }

        keys.AsSpan().Sort(default(SortKeyOrder));
        var sorted = new List<Finding>(keys.Length);
        foreach (var key in keys)
        {
            sorted.Add(findings[key.Index]);
        }

        return sorted;
    }

    /// <summary>Each distinct file's place in ordinal order.</summary>
    private static Dictionary<string, int> FileRanks(List<Finding> findings)
    {
        // A file's findings mostly come together and share its path string: hashed once per run of them.
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var finding in findings)
        {
            if (!ReferenceEquals(finding.Location.File, previous))
            {
                previous = finding.Location.File;
                ranks.TryAdd(previous, 0);
            }
        }

        var files = ranks.Keys.ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            ranks[files[i]] = i;
        }

        return ranks;
    }

    private readonly record struct SortKey(int File, int Line, int Column, string Rule, int Index);

    /// <summary>The order of <see cref="Compare"/> on the keys, then the original index.</summary>
    private readonly struct SortKeyOrder : IComparer<SortKey>
    {
        public int Compare(SortKey a, SortKey b)
        {
            var order = a.File.CompareTo(b.File);
            if (order == 0)
            {
                order = a.Line.CompareTo(b.Line);
            }

            if (order == 0)
            {
                order = a.Column.CompareTo(b.Column);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(a.Rule, b.Rule);
            }

            return order != 0 ? order : a.Index.CompareTo(b.Index);
        }
    }

    private static bool RepeatsOneOf(List<Finding> kept, int from, Finding finding)
    {
        for (var i = from; i < kept.Count; i++)
        {
            var other = kept[i];
            if (other.Rule.Id == finding.Rule.Id && other.Location == finding.Location && other.Message == finding.Message && other.Container == finding.Container)
            {
                return true;
            }
        }

        return false;
    }

    private static int Compare(Finding a, Finding b)
    {
        var order = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (order == 0)
        {
            order = a.Location.Line.CompareTo(b.Location.Line);
        }

        if (order == 0)
        {
            order = a.Location.Column.CompareTo(b.Location.Column);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
    }
}
