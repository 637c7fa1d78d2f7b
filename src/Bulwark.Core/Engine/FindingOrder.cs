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
        // List.Sort is not stable: the original index breaks ties.
        var indexed = new (Finding Finding, int Index)[findings.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (findings[i], i);
        }

        Array.Sort(indexed, static (a, b) => Compare(a.Finding, b.Finding) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        return [.. indexed.Select(x => x.Finding)];
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
