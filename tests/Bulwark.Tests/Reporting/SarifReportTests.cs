using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Tests.Snapshots;
using Xunit;

namespace Bulwark.Tests.Reporting;

public class SarifReportTests
{
    [Fact]
    public void Report_matches_snapshot() =>
        Snapshot.Match("report-sarif", ReportFixture.Render("sarif", ReportFixture.Scan()));

    [Fact]
    public void Report_validates_against_the_sarif_schema() =>
        Assert.Empty(SarifSchema.Errors(ReportFixture.Render("sarif", ReportFixture.Scan())));

    [Fact]
    public void Spanless_and_stdin_results_validate_too()
    {
        var stdin = ReportFixture.ScanText("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n");
        var result = stdin with { Findings = [.. stdin.Findings, ReportFixture.Spanless()] };

        Assert.Empty(SarifSchema.Errors(ReportFixture.Render("sarif", result)));
    }

    [Fact]
    public void Schema_check_rejects_a_fix_without_artifact_changes()
    {
        var log = JsonNode.Parse(ReportFixture.Render("sarif", ReportFixture.Scan()))!;
        log["runs"]![0]!["results"]![0]!["fixes"] = new JsonArray(new JsonObject { ["description"] = new JsonObject { ["text"] = "fix it" } });

        Assert.NotEmpty(SarifSchema.Errors(log.ToJsonString()));
    }

    [Fact]
    public void Regions_are_the_findings_real_spans()
    {
        var findings = ReportFixture.Scan().Findings;
        var results = Results(ReportFixture.Render("sarif", ReportFixture.Scan()));

        Assert.Equal(findings.Count, results.Count);
        foreach (var (finding, result) in findings.Zip(results))
        {
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var span = finding.Location.Span!.Value;
            Assert.Equal(finding.Rule.Id, result.GetProperty("ruleId").GetString());
            Assert.Equal((span.Start.Line, span.Start.Column, span.End.Line, span.End.Column), (Int(region, "startLine"), Int(region, "startColumn"), Int(region, "endLine"), Int(region, "endColumn")));
        }
    }

    [Fact]
    public void Spanless_finding_has_no_region_and_stdin_uri_is_stdin()
    {
        var stdin = ReportFixture.ScanText("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n");
        var result = stdin with { Findings = [stdin.Findings[0], ReportFixture.Spanless()] };
        var locations = Results(ReportFixture.Render("sarif", result)).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation")).ToList();

        Assert.Equal("stdin", locations[0].GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("docker://web", locations[1].GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(locations[1].TryGetProperty("region", out _));
    }

    [Fact]
    public void Results_carry_logical_locations_fingerprints_and_suppressions()
    {
        var results = Results(ReportFixture.Render("sarif", ReportFixture.Scan()));
        var hostPort = results.Single(r => r.GetProperty("ruleId").GetString() == "RT009");
        var automount = results.Single(r => r.GetProperty("ruleId").GetString() == "K8S001");
        var logical = hostPort.GetProperty("locations")[0].GetProperty("logicalLocations");

        Assert.Equal("Deployment/shop/web", logical[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("Deployment/shop/web/app", logical[1].GetProperty("fullyQualifiedName").GetString());
        Assert.Matches("^[0-9a-f]{32}$", hostPort.GetProperty("partialFingerprints").GetProperty("bulwark/v1").GetString());
        Assert.Equal("inSource", hostPort.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("node-local agent needs the port", hostPort.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("external", automount.GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Rules_have_levels_security_severity_and_taxa_relationships()
    {
        using var log = JsonDocument.Parse(ReportFixture.Render("sarif", ReportFixture.Scan()));
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var taxonomies = run.GetProperty("taxonomies");
        var privileged = rules.Single(r => r.GetProperty("id").GetString() == "RT007");

        Assert.Equal(ReportFixture.Scan().Rules.Count, rules.Count);
        Assert.Equal("error", privileged.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("9.5", privileged.GetProperty("properties").GetProperty("security-severity").GetString());
        foreach (var relationship in rules.SelectMany(r => r.GetProperty("relationships").EnumerateArray()))
        {
            var target = relationship.GetProperty("target");
            var taxonomy = taxonomies[Int(target.GetProperty("toolComponent"), "index")];
            Assert.Equal(target.GetProperty("toolComponent").GetProperty("name").GetString(), taxonomy.GetProperty("name").GetString());
            Assert.Equal(target.GetProperty("id").GetString(), taxonomy.GetProperty("taxa")[Int(target, "index")].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Errors_are_execution_notifications_with_locations()
    {
        using var log = JsonDocument.Parse(ReportFixture.Render("sarif", ReportFixture.Scan()));
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        var error = ReportFixture.Scan().Errors[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(error.Message, notification.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(error.Line, Int(notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region"), "startLine"));
    }

    private static List<JsonElement> Results(string sarif) =>
        [.. JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
