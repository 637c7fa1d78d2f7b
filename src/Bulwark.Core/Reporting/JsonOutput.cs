using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulwark.Reporting;

/// <summary>
/// Writes JSON to a <see cref="TextWriter"/>: indented, <c>\n</c> line breaks, non-ASCII kept readable.
/// The writer does not check each token against the document's structure: the reports are written
/// by fixed code (and the serializer) that tests parse back, and the checks were a cost on every token.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        // The CLI's stdout is a UTF-8 StreamWriter: the JSON's bytes go straight to its stream, without
        // turning megabytes of UTF-8 into a string only for the writer to encode them back.
        if (output is StreamWriter { Encoding.CodePage: 65001 } utf8)
        {
            utf8.Flush();
            var sink = new StreamBufferWriter(utf8.BaseStream);
            WriteTo(sink, write);
            sink.Flush();
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer, write);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteTo(IBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
    }
}
