using System.Text;
using Bulwark.Rules;

namespace Bulwark.Reporting.Sarif;

/// <summary>Builds <c>tool.driver.rules[]</c> descriptors from the rule metadata.</summary>
internal static class SarifRules
{
    public static SarifReportingDescriptor Descriptor(RuleMetadata rule, SarifTaxonomies taxonomies) => new(rule.Id)
    {
        Name = rule.Name,
        ShortDescription = new(rule.Title),
        FullDescription = new(rule.Description),
        Help = new($"{rule.Rationale}\n\nRemediation: {rule.Remediation}") { Markdown = Markdown(rule) },
        DefaultConfiguration = new(ReportNames.SarifLevel(rule.DefaultSeverity)),
        Relationships = taxonomies.Relationships(rule),
        Properties = new(Tags(rule), ReportNames.SecuritySeverity(rule.DefaultSeverity)),
    };

    private static List<string> Tags(RuleMetadata rule) =>
    [
        "security",
        rule.Practice,
        .. rule.Cwe,
        .. rule.Cwe.Select(id => "external/cwe/" + id.ToLowerInvariant()),
    ];

    private static string Markdown(RuleMetadata rule)
    {
        var text = new StringBuilder()
            .Append("**Why is this bad?** ").Append(rule.Rationale).Append("\n\n")
            .Append("**Remediation:** ").Append(rule.Remediation);
        AppendCode(text, "Example", rule.Example);
        AppendCode(text, "Use instead", rule.UseInstead);
        return text.ToString();
    }

    private static void AppendCode(StringBuilder text, string heading, string? code)
    {
        if (code is not null)
        {
            text.Append("\n\n**").Append(heading).Append(":**\n\n```\n").Append(code).Append("\n```");
        }
    }
}
