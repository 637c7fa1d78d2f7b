using System.Text;
using Xunit;

namespace Bulwark.Tests.Reporting;

/// <summary>The CLI's stdout path (UTF-8 bytes straight to the stream) writes exactly what the text path writes.</summary>
public sealed class JsonOutputTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_utf8_stream_writer_gets_the_same_bytes_as_a_string_writer(string format)
    {
        var expected = ReportFixture.Render(format, ReportFixture.Scan());
        var writer = Bulwark.Reporting.ReportFormats.Get(format);
        using var stream = new MemoryStream();
        using (var utf8 = new StreamWriter(stream, new UTF8Encoding(false), 16, leaveOpen: true))
        {
            utf8.Write("before ");
            writer.Write(ReportFixture.Scan(), utf8, ReportFixture.Options);
            utf8.Write(" after");
        }

        Assert.Equal("before " + expected + " after", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_report_larger_than_the_stream_buffer_arrives_whole()
    {
        // Several copies of the fixture's findings make a report of a few hundred kilobytes.
        var scan = ReportFixture.Scan();
        var big = scan with { Findings = [.. Enumerable.Repeat(scan.Findings, 200).SelectMany(f => f)] };
        var expected = ReportFixture.Render("json", big);
        using var stream = new MemoryStream();
        using (var utf8 = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true))
        {
            Bulwark.Reporting.ReportFormats.Get("json").Write(big, utf8, ReportFixture.Options);
        }

        Assert.True(expected.Length > 128 * 1024);
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
