using System.Xml.Linq;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Tests.Snapshots;
using Xunit;

namespace Bulwark.Tests.Reporting;

public class JUnitReportTests
{
    [Fact]
    public void Report_matches_snapshot() =>
        Snapshot.Match("report-junit", ReportFixture.Render("junit", ReportFixture.Scan()));

    [Fact]
    public void Report_is_xml_with_a_suite_per_file_and_a_case_per_rule_and_object()
    {
        var xml = XDocument.Parse(ReportFixture.Render("junit", ReportFixture.Scan()));
        var suites = xml.Root!.Elements("testsuite").ToList();
        var insecure = suites.Single(s => (string?)s.Attribute("name") == ReportFixture.InsecurePath);

        Assert.Equal("testsuites", xml.Root.Name.LocalName);
        Assert.Equal(2, suites.Count);
        Assert.Equal(14, insecure.Elements("testcase").Count());
        Assert.Equal("12", (string?)insecure.Attribute("failures"));
        Assert.Equal("2", (string?)insecure.Attribute("skipped"));
        Assert.Single(suites.Single(s => s != insecure).Descendants("error"));
        Assert.Contains(insecure.Elements("testcase"), c => (string?)c.Attribute("name") == "RT004 writable-root-filesystem Deployment/shop/web/init");
    }

    [Fact]
    public void Text_is_escaped_and_control_characters_replaced()
    {
        var finding = ReportFixture.Spanless() with { Message = "a <b> & \"c\" \u0001 d" };
        var result = new ScanResult([finding], [], new Dictionary<string, SourceFile>(), []);

        var text = ReportFixture.Render("junit", result);
        var failure = XDocument.Parse(text).Descendants("failure").Single();

        Assert.Equal("a <b> & \"c\" \uFFFD d", (string?)failure.Attribute("message"));
        Assert.Contains("&lt;b&gt; &amp;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_file_is_one_passing_case()
    {
        var result = new ScanResult([], [], new Dictionary<string, SourceFile> { ["ok.yaml"] = new("ok.yaml", "a: 1\n") }, []);

        var testcase = XDocument.Parse(ReportFixture.Render("junit", result)).Descendants("testcase").Single();

        Assert.Equal("no findings", (string?)testcase.Attribute("name"));
        Assert.Empty(testcase.Elements());
    }
}
