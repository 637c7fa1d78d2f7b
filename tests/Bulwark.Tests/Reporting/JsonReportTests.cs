using System.Text.Json;
using Bulwark.Tests.Snapshots;
using Xunit;

namespace Bulwark.Tests.Reporting;

public class JsonReportTests
{
    private static readonly string[] FindingFields =
    [
        "ruleId", "ruleName", "practice", "severity", "message", "file", "line", "column", "endLine", "endColumn",
        "object", "container", "cwe", "mitre", "remediation", "fix", "suppressed", "fingerprint",
    ];

    [Fact]
    public void Report_matches_snapshot() =>
        Snapshot.Match("report-json", ReportFixture.Render("json", ReportFixture.Scan()));

    [Fact]
    public void Findings_have_the_documented_fields_in_order()
    {
        using var json = Parse();
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(["version", "findings", "errors", "summary"], root.EnumerateObject().Select(p => p.Name));
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(FindingFields, finding.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Finding_positions_are_one_based_with_exclusive_end()
    {
        using var json = Parse();
        var privileged = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "RT007");

        Assert.Equal(ReportFixture.InsecurePath, privileged.GetProperty("file").GetString());
        Assert.Equal((29, 25, 29, 29), (privileged.GetProperty("line").GetInt32(), privileged.GetProperty("column").GetInt32(), privileged.GetProperty("endLine").GetInt32(), privileged.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Deployment", privileged.GetProperty("object").GetProperty("kind").GetString());
        Assert.Equal("shop", privileged.GetProperty("object").GetProperty("namespace").GetString());
        Assert.Equal("app", privileged.GetProperty("container").GetString());
        Assert.Contains("CWE-250", privileged.GetProperty("cwe").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Pod_level_finding_has_null_container_and_suppression_and_fix()
    {
        using var json = Parse();
        var automount = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "K8S001");

        Assert.Equal(JsonValueKind.Null, automount.GetProperty("container").ValueKind);
        Assert.Equal("config", automount.GetProperty("suppressed").GetProperty("kind").GetString());
        Assert.Equal("safe", automount.GetProperty("fix").GetProperty("applicability").GetString());
    }

    [Fact]
    public void Errors_and_summary_are_reported()
    {
        using var json = Parse();
        var error = json.RootElement.GetProperty("errors").EnumerateArray().Single();
        var summary = json.RootElement.GetProperty("summary");

        Assert.Equal("tests/Bulwark.Tests/Fixtures/reports/broken.yaml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.Equal(13, summary.GetProperty("findings").GetInt32());
        Assert.Equal(2, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Every_field_is_documented()
    {
        var docs = File.ReadAllText(TestPaths.RepoPath("docs", "json-report.md"));

        Assert.All(FindingFields.Concat(["version", "findings", "errors", "summary", "bySeverity", "suppressed"]), field =>
            Assert.Contains($"`{field}`", docs, StringComparison.Ordinal));
    }

    private static JsonDocument Parse() => JsonDocument.Parse(ReportFixture.Render("json", ReportFixture.Scan()));
}
