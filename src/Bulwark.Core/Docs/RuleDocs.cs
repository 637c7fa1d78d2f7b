using System.Text;
using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Docs;

/// <summary>
/// Renders rule documentation from metadata, with Ruff's headings. <c>docs/rules/</c> is generated
/// from this (<c>bulwark rules --format markdown --write-docs docs/rules</c>) and a test fails when
/// the checked-in pages are stale.
/// </summary>
public static class RuleDocs
{
    public static string Page(RuleMetadata rule)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(rule.Id).Append(" `").Append(rule.Name).Append("`: ").AppendLine(rule.Title).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.Append("| Severity | ").Append(rule.DefaultSeverity.ToName()).AppendLine(" |");
        md.Append("| Practice | `").Append(rule.Practice).AppendLine("` |");
        md.Append("| Surfaces | ").Append(SurfaceList(rule.Surfaces)).AppendLine(" |");
        md.Append("| CWE | ").Append(Join(rule.Cwe)).AppendLine(" |");
        md.Append("| MITRE ATT&CK | ").Append(Join(rule.Mitre)).AppendLine(" |");
        md.Append("| Fix | ").Append(FixName(rule.Fix)).AppendLine(" |");
        md.Append("| Status | ").Append(rule.Status == RuleStatus.Stable ? "stable" : "preview").Append(" (since ").Append(rule.Since).AppendLine(") |").AppendLine();
        Section(md, "What it does", rule.Description);
        Section(md, "Why is this bad?", rule.Rationale);
        Code(md, "Example", rule.Example);
        Code(md, "Use instead", rule.UseInstead);
        Section(md, "How to fix", rule.Remediation);
        Section(md, "Fix safety", rule.FixNote ?? (rule.Fix == FixAvailability.None ? "This rule has no automatic fix." : FixName(rule.Fix) + "."));
        Section(md, "References", References(rule));
        return md.ToString();
    }

    /// <summary>The catalogue page: every rule, one table row each.</summary>
    public static string Index(IEnumerable<RuleMetadata> rules)
    {
        var md = new StringBuilder();
        md.AppendLine("# Rule catalogue").AppendLine();
        md.AppendLine("Generated from rule metadata by `bulwark rules --write-docs docs/rules`; do not edit by hand.").AppendLine();
        md.AppendLine("| ID | Name | Severity | Practice | Fix | Title |").AppendLine("|---|---|---|---|---|---|");
        foreach (var r in rules)
        {
            md.Append("| [").Append(r.Id).Append("](").Append(r.Id).Append(".md) | `").Append(r.Name).Append("` | ")
              .Append(r.DefaultSeverity.ToName()).Append(" | `").Append(r.Practice).Append("` | ").Append(FixName(r.Fix))
              .Append(" | ").Append(r.Title).AppendLine(" |");
        }

        md.AppendLine().AppendLine("## By practice").AppendLine();
        foreach (var group in rules.GroupBy(r => r.Practice).OrderBy(g => Practices.All.ToList().IndexOf(g.Key)))
        {
            md.Append("- `").Append(group.Key).Append("`: ").AppendLine(string.Join(", ", group.Select(r => $"[{r.Id}]({r.Id}.md) `{r.Name}`")));
        }

        return md.ToString();
    }

    public static string FixName(FixAvailability fix) => fix switch
    {
        FixAvailability.Safe => "safe fix",
        FixAvailability.Unsafe => "unsafe fix (needs `--unsafe-fixes`)",
        FixAvailability.DisplayOnly => "suggested only",
        _ => "none",
    };

    private static string References(RuleMetadata rule)
    {
        var lines = rule.Cwe.Select(c => $"- [{c}](https://cwe.mitre.org/data/definitions/{c[4..]}.html)")
            .Concat(rule.Mitre.Select(m => $"- [MITRE ATT&CK {m}](https://attack.mitre.org/techniques/{m.Replace('.', '/')}/)"))
            .Concat(rule.References.Select(r => $"- {r}"));
        return string.Join("\n", lines);
    }

    private static void Section(StringBuilder md, string heading, string text) =>
        md.Append("## ").AppendLine(heading).AppendLine().AppendLine(text).AppendLine();

    private static void Code(StringBuilder md, string heading, string? code)
    {
        if (code is not null)
        {
            md.Append("## ").AppendLine(heading).AppendLine().AppendLine("```").AppendLine(code).AppendLine("```").AppendLine();
        }
    }

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "—" : string.Join(", ", items);

    private static string SurfaceList(Surfaces surfaces) =>
        string.Join(", ", Enum.GetValues<Surfaces>().Where(s => s is not Surfaces.None and not Surfaces.Containers && surfaces.HasFlag(s)).Select(s => s.ToString()));
}
