using System.Buffers;
using System.Text;
using System.Text.Json;
using Bulwark.Reporting;
using Xunit;

namespace Bulwark.Tests.Reporting;

/// <summary>A value rendered once and written raw is byte for byte what the writer writes in its place, at any depth.</summary>
public sealed class RenderedJsonTests
{
    private static void WriteValue(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", "Deployment \"web\"");
        json.WriteNull("namespace");
        json.WriteStartArray("ids");
        json.WriteStringValue("CWE-250");
        json.WriteStringValue("é");
        json.WriteEndArray();
        json.WriteStartArray("empty");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Written_raw_at_a_depth_it_matches_the_writer(int depth)
    {
        var rendered = new RenderedJson(WriteValue);

        var expected = Write(depth, json => WriteValue(json));
        var actual = Write(depth, json => json.WriteRawValue(rendered.At(json.CurrentDepth), skipInputValidation: true));

        Assert.Equal(expected, actual);
        Assert.Contains("\n", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_rendering_serves_several_depths()
    {
        var rendered = new RenderedJson(WriteValue);

        foreach (var depth in new[] { 2, 0, 2, 4 })
        {
            Assert.Equal(Write(depth, json => WriteValue(json)), Write(depth, json => json.WriteRawValue(rendered.At(json.CurrentDepth), skipInputValidation: true)));
        }
    }

    // The value as the property "v" of an object nested depth - 1 objects deep (a top-level value at depth 0).
    private static string Write(int depth, Action<Utf8JsonWriter> writeValue)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            for (var i = 0; i < depth; i++)
            {
                json.WriteStartObject();
                json.WriteString("before", "x");
                if (i < depth - 1)
                {
                    json.WritePropertyName("inner");
                }
            }

            if (depth > 0)
            {
                json.WritePropertyName("v");
            }

            writeValue(json);
            for (var i = 0; i < depth; i++)
            {
                json.WriteString("after", "y");
                json.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
