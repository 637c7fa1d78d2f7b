using System.Text.Json;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Tests.Reporting;

/// <summary>SARIF <c>fixes</c>: safe fixes only, and applying a result's replacements does what <c>bulwark fix</c> does for that rule.</summary>
public sealed class SarifFixesTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web # the front end
        spec:
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
                runAsNonRoot: true

        """;

    private const string Dockerfile = "FROM alpine:3.20\n# tools\nRUN apk add curl\nADD app.sh /app.sh\nUSER 10001\nCMD [\"/app.sh\"]\n";

    [Theory]
    [InlineData("pod.yaml", Pod, "RT006")]
    [InlineData("pod.yaml", Pod, "K8S001")]
    [InlineData("pod.yaml", Pod, "RT012")]
    [InlineData("Dockerfile", Dockerfile, "DF016")]
    [InlineData("Dockerfile", Dockerfile, "DF019")]
    public void Applying_a_results_replacements_gives_what_fix_gives_for_that_rule(string name, string text, string ruleId)
    {
        var results = Results(name, text, ruleId);
        var fixes = results.Single().GetProperty("fixes");

        var applied = Apply(text, fixes[0].GetProperty("artifactChanges")[0].GetProperty("replacements"));

        Assert.NotEqual(text, applied);
        Assert.Equal(FixedBy(name, text, ruleId), applied);
    }

    [Fact]
    public void Unsafe_and_display_only_fixes_are_not_sarif_fixes()
    {
        var results = Results("pod.yaml", Pod, "RT004", "RT005", "IMG002");

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.False(r.TryGetProperty("fixes", out _)));
        Assert.All(results, r => Assert.NotNull(r.GetProperty("properties").GetProperty("fixApplicability").GetString()));
    }

    [Fact]
    public void A_report_with_fixes_validates_against_the_sarif_schema()
    {
        var result = Scan("pod.yaml", Pod, [.. RuleCatalog.All]);

        var sarif = ReportFixture.Render("sarif", result);

        Assert.Contains("\"fixes\"", sarif, StringComparison.Ordinal);
        Assert.Empty(SarifSchema.Errors(sarif));
    }

    private static List<JsonElement> Results(string name, string text, params string[] ruleIds)
    {
        var rules = RuleCatalog.All.Where(r => ruleIds.Contains(r.Metadata.Id)).ToList();
        using var log = JsonDocument.Parse(ReportFixture.Render("sarif", Scan(name, text, rules)));
        return [.. log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    private static ScanResult Scan(string name, string text, IReadOnlyList<ISessionRule> rules) =>
        new ScanEngine(rules, RuleOptions.Default).Scan([new ScanInput(name, text)]);

    private static string FixedBy(string name, string text, string ruleId)
    {
        var rules = RuleCatalog.All.Where(r => r.Metadata.Id == ruleId).ToList();
        var run = new FixRunner(new ScanEngine(rules, RuleOptions.Default), FixOptions.Default, includeUnsafe: false).Run([new ScanInput(name, text)]);
        return run.Files.Single().Fixed;
    }

    /// <summary>Applies SARIF replacements (1-based line/column regions) to a text, last first so earlier positions hold.</summary>
    private static string Apply(string text, JsonElement replacements)
    {
        var lineStarts = new List<int> { 0 };
        lineStarts.AddRange(text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1));
        int Offset(JsonElement region, string line, string column) =>
            lineStarts[region.GetProperty(line).GetInt32() - 1] + region.GetProperty(column).GetInt32() - 1;

        var edits = replacements.EnumerateArray().Select(r =>
        {
            var region = r.GetProperty("deletedRegion");
            var inserted = r.TryGetProperty("insertedContent", out var content) ? content.GetProperty("text").GetString()! : string.Empty;
            return new TextEdit(Offset(region, "startLine", "startColumn"), Offset(region, "endLine", "endColumn"), inserted);
        });
        return TextEdit.Apply(text, edits);
    }
}
