using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Tests.Reporting;

/// <summary>
/// The scan every report test renders: <c>Fixtures/reports/insecure.yaml</c> (many rules fire) and
/// <c>broken.yaml</c> (a parse error), with two findings marked suppressed (the engine has no
/// suppression layer yet) — one in-source, one from config.
/// </summary>
internal static class ReportFixture
{
    public const string InsecurePath = "tests/Bulwark.Tests/Fixtures/reports/insecure.yaml";

    public static ReportOptions Options { get; } = new()
    {
        BaseDirectory = TestPaths.RepoRoot,
        ToolVersion = "0.0.0-test",
    };

    private static readonly Lazy<ScanResult> Result = new(ScanFixtures);

    // A fixed rule set, so adding a rule to the catalogue does not change these snapshots.
    private static readonly HashSet<string> RuleIds =
    [
        "IMG001", "IMG002", "IMG003", "K8S001", "RT001", "RT002", "RT003", "RT004", "RT005", "RT006", "RT007",
        "RT008", "RT009", "RT010", "RT011", "RT012", "RT013", "SEC001", "SEC002",
    ];

    private static IReadOnlyList<ISessionRule> Rules => [.. RuleCatalog.All.Where(r => RuleIds.Contains(r.Metadata.Id))];

    public static ScanResult Scan() => Result.Value;

    public static ScanResult ScanText(string text) =>
        new ScanEngine(Rules, RuleOptions.Default).Scan([ScanInput.Stdin(text)]);

    public static string Render(string format, ScanResult result, ReportOptions? options = null)
    {
        using var output = new StringWriter();
        ReportFormats.Get(format).Write(result, output, options ?? Options);
        return output.ToString();
    }

    /// <summary>A finding with no span, as the Docker engine surface reports them.</summary>
    public static Finding Spanless(string id = "RT007") =>
        new(RuleCatalog.Find(id)!.Metadata, Severity.Critical, "container \"web\" is privileged", new Location("docker://web", null), new ObjectRef(null, "Container", null, "web"), "web");

    private static ScanResult ScanFixtures()
    {
        var dir = TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "reports");
        var inputs = new[] { "insecure.yaml", "broken.yaml" }.Select(name => new ScanInput(Path.Combine(dir, name)));
        var result = new ScanEngine(Rules, RuleOptions.Default).Scan(inputs);
        return result with { Findings = [.. result.Findings.Select(Suppress)] };
    }

    private static Finding Suppress(Finding finding) => finding.Rule.Id switch
    {
        "RT009" => finding with { Suppression = new(SuppressionKind.LineComment, "node-local agent needs the port") },
        "K8S001" => finding with { Suppression = new(SuppressionKind.Config, null) },
        _ => finding,
    };
}
