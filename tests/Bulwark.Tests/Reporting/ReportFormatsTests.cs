using Bulwark.Reporting;
using Xunit;

namespace Bulwark.Tests.Reporting;

public class ReportFormatsTests
{
    [Fact]
    public void Every_format_name_has_a_writer() =>
        Assert.All(ReportFormats.Names, name => Assert.NotNull(ReportFormats.Find(name.ToUpperInvariant())));

    [Fact]
    public void Unknown_format_names_the_valid_ones()
    {
        Assert.Null(ReportFormats.Find("xml"));
        var error = Assert.Throws<ArgumentException>(() => ReportFormats.Get("xml"));
        Assert.Contains("text, json, sarif, junit, github", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool expected) =>
        Assert.Equal(expected, ReportOptions.UseColor(terminal, noColor));

    [Theory]
    [InlineData("<stdin>", "<stdin>", "stdin")]
    [InlineData("docker://web", "docker://web", "docker://web")]
    [InlineData("k8s/my app.yaml", "k8s/my app.yaml", "k8s/my%20app.yaml")]
    public void Paths_display_and_uri(string file, string display, string uri)
    {
        Assert.Equal(display, ReportPaths.Display(file, ReportOptions.Default));
        Assert.Equal(uri, ReportPaths.Uri(file, ReportOptions.Default));
    }

    [Fact]
    public void Absolute_paths_under_the_base_are_relative()
    {
        var options = new ReportOptions { BaseDirectory = TestPaths.RepoRoot };

        Assert.Equal("a/b.yaml", ReportPaths.Display(TestPaths.RepoPath("a", "b.yaml"), options));
        Assert.Equal("/elsewhere/b.yaml", ReportPaths.Display("/elsewhere/b.yaml", options));
        Assert.Equal("file:///elsewhere/b.yaml", ReportPaths.Uri("/elsewhere/b.yaml", options));
    }
}
