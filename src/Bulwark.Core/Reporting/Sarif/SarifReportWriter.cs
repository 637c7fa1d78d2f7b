using System.Text.Json;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run with the <c>bulwark</c> driver and every rule of the scan,
/// CWE and MITRE ATT&amp;CK taxonomies, one result per finding (suppressed ones carry
/// <c>suppressions</c>) and one execution notification per scan error.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(ScanResult result, TextWriter output, ReportOptions options)
    {
        var log = Build(result, options);
        JsonOutput.Write(output, json => JsonSerializer.Serialize(json, log, SarifJsonContext.Default.SarifLog));
    }

    private static SarifLog Build(ScanResult result, ReportOptions options)
    {
        var rules = RulesOf(result);
        var taxonomies = SarifTaxonomies.For(rules);
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var paths = new ReportPathCache(options);
        var run = new SarifRun(
            new SarifTool(Driver(rules, taxonomies, options)),
            [new SarifInvocation(result.Errors.Count == 0, Notifications(result, paths))],
            taxonomies.Components(),
            [.. result.Findings.Select(f => SarifResults.From(f, index[f.Rule.Id], paths, result.Files.GetValueOrDefault(f.Location.File)))],
            "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    /// <summary>The scan's rules, plus any rule a finding names that the scan did not list.</summary>
    private static List<RuleMetadata> RulesOf(ScanResult result) =>
        [.. result.Rules.Concat(result.Findings.Select(f => f.Rule)).DistinctBy(r => r.Id, StringComparer.Ordinal)];

    private static SarifToolComponent Driver(List<RuleMetadata> rules, SarifTaxonomies taxonomies, ReportOptions options) => new("bulwark")
    {
        Version = options.ToolVersion,
        SemanticVersion = options.ToolVersion,
        InformationUri = options.InformationUri,
        Rules = [.. rules.Select(r => SarifRules.Descriptor(r, taxonomies))],
        SupportedTaxonomies = SarifTaxonomies.References,
    };

    private static List<SarifNotification>? Notifications(ScanResult result, ReportPathCache paths) =>
        result.Errors.Count == 0 ? null : [.. result.Errors.Select(e => SarifResults.Notification(e, paths))];
}
