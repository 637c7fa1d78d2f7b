using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Tests.Snapshots;
using Xunit;

namespace Bulwark.Tests.Reporting;

public class GitHubReportTests
{
    [Fact]
    public void Report_matches_snapshot() =>
        Snapshot.Match("report-github", ReportFixture.Render("github", ReportFixture.Scan()));

    [Fact]
    public void Command_carries_position_title_and_level()
    {
        var text = ReportFixture.Render("github", ReportFixture.Scan());

        Assert.Contains($"::error file={ReportFixture.InsecurePath},line=29,col=25,endLine=29,endColumn=29,title=RT007 privileged-container::container \"app\" is privileged\n", text, StringComparison.Ordinal);
        Assert.Contains("::warning file=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RT009", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100% sure\r\nnext", "100%25 sure%0D%0Anext")]
    [InlineData("a:b,c", "a:b,c")]
    public void Message_escapes_percent_and_line_breaks(string message, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.EscapeData(message));

    [Theory]
    [InlineData("dir,x/a:b.yaml", "dir%2Cx/a%3Ab.yaml")]
    [InlineData("50%\n", "50%25%0A")]
    public void Property_escapes_colon_and_comma_too(string value, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.EscapeProperty(value));

    [Fact]
    public void Finding_without_span_has_only_file_and_title()
    {
        var result = new ScanResult([ReportFixture.Spanless()], [], new Dictionary<string, SourceFile>(), []);

        Assert.Equal("::error file=docker%3A//web,title=RT007 privileged-container::container \"web\" is privileged\n", ReportFixture.Render("github", result));
    }
}
