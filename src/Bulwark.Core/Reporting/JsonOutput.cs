using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bulwark.Common;

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

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write) => Write(output, (json, _) => write(json));

    /// <summary>As <see cref="Write(TextWriter, Action{Utf8JsonWriter})"/>, also handing out the buffer the writer writes to (for <see cref="WriteArrayItems"/>).</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter, IBufferWriter<byte>> write)
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

    /// <summary>
    /// Writes the items <c>0..count</c> of the array <paramref name="json"/> has open, by ranges through
    /// <paramref name="writeItems"/>. A long array's second half is written on another thread into a
    /// writer of its own, opened to the same depth by <paramref name="reopen"/> so that its bytes are
    /// exactly those <paramref name="json"/> would write, and copied into <paramref name="sink"/> after
    /// the first half: the report's largest part then takes half the time on two cores.
    /// </summary>
    /// <param name="minItemsPerThread">Below twice this many items one thread writes all (a thread costs more than it saves).</param>
    public static void WriteArrayItems(
        Utf8JsonWriter json, IBufferWriter<byte> sink, int count, Action<Utf8JsonWriter> reopen, Action<Utf8JsonWriter, int, int> writeItems, int minItemsPerThread)
    {
        if (Environment.ProcessorCount < 2 || count < 2 * minItemsPerThread)
        {
            writeItems(json, 0, count);
            return;
        }

        var half = count / 2;
        ChunkedBufferWriter? written = null;
        var secondHalf = Worker.Start(() => written = WriteDetached(count - half, reopen, (writer, start, end) => writeItems(writer, half + start, half + end)));
        writeItems(json, 0, half);
        json.Flush();
        secondHalf.Join();
        using var second = written!;

        // The detached writer wrote its first item as an array's first item: without the separator
        // that follows the items already written here.
        sink.Write(","u8);
        second.CopyTo(sink);
    }

    private static ChunkedBufferWriter WriteDetached(int count, Action<Utf8JsonWriter> reopen, Action<Utf8JsonWriter, int, int> writeItems)
    {
        var buffer = new ChunkedBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            reopen(writer);
            writer.Flush();
            buffer.Clear();
            writeItems(writer, 0, count);
        }

        return buffer;
    }

    private static void WriteTo(IBufferWriter<byte> buffer, Action<Utf8JsonWriter, IBufferWriter<byte>> write)
    {
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, buffer);
        }

        buffer.Write("\n"u8);
    }
}
