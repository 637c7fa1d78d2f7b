using System.Runtime.InteropServices;
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

    /// <summary>
    /// Lists each in report order (<see cref="Apply"/>), such as a partitioned scan's parts, joined file
    /// by file without sorting their findings again: the lists' runs of one file are put in path order,
    /// runs of equal paths in list order. When all findings of a file sit in one list (each input read
    /// once) the result is in report order; a path in several lists (an input named twice) keeps its
    /// runs one after the other, and repeats across lists stay: <see cref="Apply"/> settles both.
    /// </summary>
    public static List<Finding> MergeByFile(IReadOnlyList<List<Finding>> ordered)
    {
        var runs = FileRuns(ordered);
        runs.Sort(static (a, b) => string.CompareOrdinal(a.File, b.File) is var order and not 0 ? order : a.List.CompareTo(b.List));
        var merged = new List<Finding>(ordered.Sum(list => list.Count));
        foreach (var run in runs)
        {
            merged.AddRange(CollectionsMarshal.AsSpan(ordered[run.List]).Slice(run.Start, run.Count));
        }

        return merged;
    }

    private static List<FileRun> FileRuns(IReadOnlyList<List<Finding>> lists)
    {
        var runs = new List<FileRun>();
        for (var list = 0; list < lists.Count; list++)
        {
            var findings = lists[list];
            for (var start = 0; start < findings.Count;)
            {
                var file = findings[start].Location.File;
                var end = start + 1;
                while (end < findings.Count && string.Equals(findings[end].Location.File, file, StringComparison.Ordinal))
                {
                    end++;
                }

                runs.Add(new FileRun(file, list, start, end - start));
                start = end;
            }
        }

        return runs;
    }

    /// <summary>The findings of one file in one of the lists <see cref="MergeByFile"/> joins.</summary>
    private readonly record struct FileRun(string File, int List, int Start, int Count);

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
        // Sorted by integer keys: each distinct file and rule is ranked once (a few hundred string
        // comparisons) instead of comparing paths, which share long prefixes, and rule IDs in every one
        // of n log n comparisons. The original index breaks ties (a span sort is not stable).
        var files = Ranks(findings, static f => f.Location.File);
        var rules = Ranks(findings, static f => f.Rule.Id);
        var keys = new SortKey[findings.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var finding = findings[i];
            var location = finding.Location;
            keys[i] = new SortKey(files.Of(location.File), location.Line, location.Column, rules.Of(finding.Rule.Id), i);
        }

        keys.AsSpan().Sort(default(SortKeyOrder));
        var sorted = new List<Finding>(keys.Length);
        foreach (var key in keys)
        {
            sorted.Add(findings[key.Index]);
        }

        return sorted;
    }

    /// <summary>Each distinct value of <paramref name="part"/> (a file, a rule ID) ranked in ordinal order.</summary>
    private static RankLookup Ranks(List<Finding> findings, Func<Finding, string> part)
    {
        // Findings share the instances of their file's path and their rule's ID, so the instances are
        // collected by reference (no hashing of long paths); equal strings that are distinct instances
        // get the same rank.
        var ranks = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        string? previous = null;
        foreach (var finding in findings)
        {
            var value = part(finding);
            if (!ReferenceEquals(value, previous))
            {
                previous = value;
                ranks.TryAdd(value, 0);
            }
        }

        var values = ranks.Keys.ToArray();
        Array.Sort(values, StringComparer.Ordinal);
        var rank = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0 && !string.Equals(values[i - 1], values[i], StringComparison.Ordinal))
            {
                rank++;
            }

            ranks[values[i]] = rank;
        }

        return new RankLookup(ranks);
    }

    /// <summary>Ranks by value, remembering the last instance asked for (the next finding's is mostly the same).</summary>
    private sealed class RankLookup(Dictionary<string, int> ranks)
    {
        private string? _last;
        private int _lastRank;

        public int Of(string value)
        {
            if (!ReferenceEquals(value, _last))
            {
                _last = value;
                _lastRank = ranks[value];
            }

            return _lastRank;
        }
    }

    private readonly record struct SortKey(int File, int Line, int Column, int Rule, int Index);

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
                order = a.Rule.CompareTo(b.Rule);
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
