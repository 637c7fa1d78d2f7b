using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Tests.Snapshots;
using Xunit;

namespace Bulwark.Tests.Reporting;

public partial class TextReportTests
{
    [Fact]
    public void Full_report_matches_snapshot() =>
        Snapshot.Match("report-text", ReportFixture.Render("text", ReportFixture.Scan()));

    [Fact]
    public void Concise_report_matches_snapshot() =>
        Snapshot.Match("report-text-concise", ReportFixture.Render("text", ReportFixture.Scan(), ReportFixture.Options with { Concise = true }));

    [Fact]
    public void Summary_line_counts_active_findings_suppressed_and_errors()
    {
        var lastLine = ReportFixture.Render("text", ReportFixture.Scan()).TrimEnd('\n').Split('\n')[^1];

        Assert.Equal("Found 13 findings (1 critical, 4 high, 6 medium, 2 low) in 2 files; 2 suppressed; 1 error.", lastLine);
    }

    [Fact]
    public void Summary_line_uses_singulars()
    {
        var summary = new ReportSummary(1, 0, 0, 0, 1, 0, 1);

        Assert.Equal("Found 1 finding (0 critical, 0 high, 0 medium, 1 low) in 1 file; 0 suppressed; 1 error.", summary.ToString());
    }

    [Fact]
    public void Header_names_position_rule_severity_and_fix()
    {
        var text = ReportFixture.Render("text", ReportFixture.Scan());

        Assert.Contains($"{ReportFixture.InsecurePath}:29:25: RT007 [privileged-container] critical: container \"app\" is privileged [unsafe fix]\n", text, StringComparison.Ordinal);
        Assert.Contains($"{ReportFixture.InsecurePath}:26:17: RT002 [capabilities-not-dropped] medium: container \"app\" does not drop all capabilities [fix]\n", text, StringComparison.Ordinal);
        Assert.Contains("has a writable root filesystem [unsafe fix]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_underlines_the_span_under_its_line()
    {
        var text = ReportFixture.Render("text", ReportFixture.Scan());

        Assert.Contains("   |\n29 |             privileged: true\n   |                         ^~~~\n   |\n   = help: Remove", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_values_never_appear_only_the_redacted_message()
    {
        var text = ReportFixture.Render("text", ReportFixture.Scan());

        Assert.DoesNotContain("hunter2-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MIIE", text, StringComparison.Ordinal);
        Assert.Contains("32 |               value: *************************\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_are_not_printed() =>
        Assert.DoesNotContain("RT009", ReportFixture.Render("text", ReportFixture.Scan()), StringComparison.Ordinal);

    [Fact]
    public void Finding_without_span_prints_without_frame()
    {
        var result = new ScanResult([ReportFixture.Spanless()], [], new Dictionary<string, SourceFile>(), []);

        var text = ReportFixture.Render("text", result);

        Assert.StartsWith("docker://web: RT007 [privileged-container] critical: container \"web\" is privileged\n  = help: Remove", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_when_asked_and_only_adds_escapes()
    {
        var plain = ReportFixture.Render("text", ReportFixture.Scan());
        var coloured = ReportFixture.Render("text", ReportFixture.Scan(), ReportFixture.Options with { Color = true });

        Assert.DoesNotContain("\e[", plain, StringComparison.Ordinal);
        Assert.Contains("\e[1;31mRT007\e[0m", coloured, StringComparison.Ordinal);
        Assert.Equal(plain, Ansi().Replace(coloured, string.Empty));
    }

    [Theory]
    [InlineData("    privileged: true", 17, 1, 21, "                ^~~~")]
    [InlineData("\tkey: value", 7, 1, 12, "\t     ^~~~~")]
    [InlineData("name: app", 7, 1, 7, "      ^")]
    [InlineData("  BEGIN KEY", 3, 3, 5, "  ^~~~~~~~~")]
    public void Underline_follows_columns_tabs_and_multiline_spans(string source, int start, int endLine, int endColumn, string expected)
    {
        var span = new SourceSpan(new SourcePosition(1, start, start - 1), new SourcePosition(endLine, endColumn, 0));

        Assert.Equal(expected, CodeFrame.Underline(source, span));
    }

    [GeneratedRegex("\e\\[[0-9;]*m")]
    private static partial Regex Ansi();
}
