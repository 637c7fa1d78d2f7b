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

    [Fact]
    public void A_value_larger_than_the_stream_buffer_arrives_whole()
    {
        // The writer asks for room for the whole escaped string at once, more than the 64 KB buffer holds.
        var scan = ReportFixture.Scan();
        var huge = scan with { Findings = [scan.Findings[0] with { Message = string.Concat(Enumerable.Repeat("long message ", 20_000)) }] };
        var expected = ReportFixture.Render("json", huge);
        using var stream = new MemoryStream();
        using (var utf8 = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true))
        {
            Bulwark.Reporting.ReportFormats.Get("json").Write(huge, utf8, ReportFixture.Options);
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(7, 1)]
    [InlineData(7, 3)]
    [InlineData(700, 1)]
    [InlineData(700, 400)]
    public void An_array_written_in_two_halves_has_the_bytes_of_one_written_whole(int count, int minItemsPerThread)
    {
        var whole = RenderArray(count, int.MaxValue / 2);

        var halves = RenderArray(count, minItemsPerThread);

        Assert.Equal(whole, halves);
        Assert.Equal(count, System.Text.Json.JsonDocument.Parse(halves).RootElement.GetProperty("items").GetArrayLength());
    }

    private static string RenderArray(int count, int minItemsPerThread)
    {
        static void Open(System.Text.Json.Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("items");
        }

        static void WriteItems(System.Text.Json.Utf8JsonWriter json, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", $"item {i} ü \"quoted\"");
                json.WriteNumber("index", i);
                json.WriteNull("none");
                json.WriteStartArray("tags");
                json.WriteStringValue("a");
                json.WriteStringValue(new string('x', i % 50));
                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        var output = new StringWriter();
        Bulwark.Reporting.JsonOutput.Write(output, (json, sink) =>
        {
            Open(json);
            Bulwark.Reporting.JsonOutput.WriteArrayItems(json, sink, count, Open, WriteItems, minItemsPerThread);
            json.WriteEndArray();
            json.WriteEndObject();
        });
        return output.ToString();
    }
}
