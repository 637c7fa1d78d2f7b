using Bulwark.Rules;

namespace Bulwark.Reporting.Sarif;

/// <summary>
/// The CWE and MITRE ATT&amp;CK taxonomies (<c>runs[].taxonomies</c>) with a taxon for every id the
/// rules cite, and each rule's <c>relationships</c> to its taxa.
/// </summary>
internal sealed class SarifTaxonomies
{
    public const string Cwe = "CWE";
    public const string Mitre = "MITRE ATT&CK";

    private readonly List<string> _cwe;
    private readonly List<string> _mitre;

    private SarifTaxonomies(IReadOnlyList<RuleMetadata> rules)
    {
        _cwe = [.. rules.SelectMany(r => r.Cwe).Distinct().Order(StringComparer.Ordinal)];
        _mitre = [.. rules.SelectMany(r => r.Mitre).Distinct().Order(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<SarifToolComponentReference> References { get; } = [new(Cwe, 0), new(Mitre, 1)];

    public static SarifTaxonomies For(IReadOnlyList<RuleMetadata> rules) => new(rules);

    public IReadOnlyList<SarifToolComponent> Components() =>
    [
        new(Cwe)
        {
            Organization = "MITRE",
            InformationUri = "https://cwe.mitre.org/",
            ShortDescription = new("Common Weakness Enumeration"),
            Taxa = [.. _cwe.Select(id => new SarifReportingDescriptor(id) { HelpUri = CweUri(id) })],
        },
        new(Mitre)
        {
            Organization = "MITRE",
            InformationUri = "https://attack.mitre.org/",
            ShortDescription = new("MITRE ATT&CK techniques"),
            Taxa = [.. _mitre.Select(id => new SarifReportingDescriptor(id) { HelpUri = MitreUri(id) })],
        },
    ];

    public IReadOnlyList<SarifRelationship> Relationships(RuleMetadata rule) =>
    [
        .. rule.Cwe.Select(id => Relationship(id, _cwe.IndexOf(id), References[0])),
        .. rule.Mitre.Select(id => Relationship(id, _mitre.IndexOf(id), References[1])),
    ];

    private static SarifRelationship Relationship(string id, int index, SarifToolComponentReference taxonomy) =>
        new(new SarifDescriptorReference(id, index, taxonomy), ["relevant"]);

    private static string CweUri(string id) => $"https://cwe.mitre.org/data/definitions/{id.Replace("CWE-", string.Empty, StringComparison.Ordinal)}.html";

    private static string MitreUri(string id) => $"https://attack.mitre.org/techniques/{id.Replace('.', '/')}/";
}
