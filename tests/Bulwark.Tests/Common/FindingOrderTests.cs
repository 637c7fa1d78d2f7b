using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Common;

public sealed class FindingOrderTests
{
    private static readonly RuleMetadata Rt007 = RuleCatalog.Find("RT007")!.Metadata;
    private static readonly RuleMetadata Rt001 = RuleCatalog.Find("RT001")!.Metadata;

    [Fact]
    public void Sorts_by_file_line_column_and_rule_and_keeps_ties_in_report_order()
    {
        Finding[] findings =
        [
            At("b.yaml", 1, 1, Rt001, "first tie"),
            At("a.yaml", 9, 1, Rt001, "a9"),
            At("b.yaml", 1, 1, Rt001, "second tie"),
            At("a.yaml", 2, 5, Rt007, "a2 rt007"),
            At("a.yaml", 2, 5, Rt001, "a2 rt001"),
            At("B.yaml", 1, 1, Rt001, "capital first (ordinal)"),
        ];

        var ordered = FindingOrder.Apply([.. findings]);

        Assert.Equal(["capital first (ordinal)", "a2 rt001", "a2 rt007", "a9", "first tie", "second tie"], ordered.Select(f => f.Message));
    }

    [Fact]
    public void Many_findings_come_out_as_a_stable_ordinal_sort_would_order_them()
    {
        var random = new Random(3);
        string[] files = ["b.yaml", "a.yaml", "B.yaml", "a/b.yaml", "a.yaml.bak", "\u00e9.yaml"];
        var findings = Enumerable.Range(0, 2000)
            .Select(i => At(files[random.Next(files.Length)], random.Next(1, 6), random.Next(1, 4), random.Next(2) == 0 ? Rt001 : Rt007, $"finding {i}"))
            .ToList();
        var expected = findings
            .OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .Select(f => f.Message);

        var ordered = FindingOrder.Apply(findings);

        Assert.Equal(expected, ordered.Select(f => f.Message));
    }

    [Fact]
    public void Equal_paths_held_in_distinct_strings_sort_as_one_file()
    {
        // Ranks are collected by string instance; two instances of one path must still rank as one file.
        var path = "a.yaml";
        var copy = new string(path.AsSpan());
        Finding[] findings =
        [
            At(path, 3, 1, Rt001, "a3"),
            At("b.yaml", 1, 1, Rt001, "b1"),
            At(copy, 1, 1, Rt001, "a1 (copy)"),
            At(path, 2, 1, Rt007, "a2"),
            At(copy, 2, 1, Rt001, "a2 rt001 (copy)"),
        ];

        var ordered = FindingOrder.Apply([.. findings]);

        Assert.Equal(["a1 (copy)", "a2 rt001 (copy)", "a2", "a3", "b1"], ordered.Select(f => f.Message));
    }

    [Fact]
    public void Drops_exact_repeats_keeping_the_first()
    {
        var first = At("a.yaml", 1, 1, Rt001, "same");
        var repeat = At("a.yaml", 1, 1, Rt001, "same") with { Evidence = "other evidence" };

        var ordered = FindingOrder.Apply([first, repeat, At("a.yaml", 1, 1, Rt001, "same") with { Container = "sidecar" }]);

        Assert.Equal(2, ordered.Count);
        Assert.Same(first, ordered[0]);
    }

    [Fact]
    public void Parts_ordered_alone_merge_file_by_file_into_the_order_of_all_findings()
    {
        // A partitioned scan's parts: each holds its own files, in walk order (files before
        // subdirectories, which is not the ordinal order of the paths).
        var parts = Parts(["z.yaml", "a/b.yaml", "a/c/d.yaml", "a-b.yaml", "a.yaml", "B.yaml", "\u00e9.yaml", "m.yaml"]);

        var merged = FindingOrder.MergeByFile([.. parts.Select(FindingOrder.Apply)]);

        Assert.Equal(FindingOrder.Apply([.. parts.SelectMany(part => part)]).Select(f => f.Message), merged.Select(f => f.Message));
        Assert.True(merged.Count > 100);
    }

    [Fact]
    public void A_path_named_twice_merges_into_the_order_of_all_findings_once_ordered_again()
    {
        // `bulwark scan z.yaml ... z.yaml`: the same path in two parts, whose findings the report
        // order interleaves by line; the scan's final ordering (Apply) puts them there.
        var parts = Parts(["z.yaml", "a.yaml", "m.yaml", "b.yaml", "z.yaml"]);

        var merged = FindingOrder.Apply(FindingOrder.MergeByFile([.. parts.Select(FindingOrder.Apply)]));

        Assert.Equal(FindingOrder.Apply([.. parts.SelectMany(part => part)]).Select(f => f.Message), merged.Select(f => f.Message));
    }

    /// <summary>Findings at random places of the files, two files a part, each message unique.</summary>
    private static List<List<Finding>> Parts(string[] walk)
    {
        var random = new Random(7);
        var parts = new List<List<Finding>>();
        for (var start = 0; start < walk.Length; start += 2)
        {
            var part = new List<Finding>();
            foreach (var file in walk.Skip(start).Take(2))
            {
                for (var i = random.Next(10, 40); i > 0; i--)
                {
                    part.Add(At(file, random.Next(1, 6), random.Next(1, 4), random.Next(2) == 0 ? Rt001 : Rt007, $"finding {start}.{file}.{i}"));
                }
            }

            parts.Add(part);
        }

        return parts;
    }

    private static Finding At(string file, int line, int column, RuleMetadata rule, string message) =>
        new(rule, rule.DefaultSeverity, message, new Location(file, new SourceSpan(new(line, column, 0), new(line, column + 1, 1))), null, null);
}
