using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Bulwark.Reporting;

/// <summary>
/// A JSON value a report repeats (a rule's CWE list, the current object), rendered once by
/// <see cref="Utf8JsonWriter"/> with the report's options and then written as raw bytes: at depth d
/// every line of it is shifted by d levels of indentation, which is exactly how the writer lays the
/// value out there. Writing the few bytes again costs far less than writing the tokens again.
/// </summary>
internal sealed class RenderedJson(Action<Utf8JsonWriter> write)
{
    private int _depth = -1;
    private byte[] _bytes = [];

    /// <summary>The value as the writer would write it at <paramref name="depth"/> (a property's <see cref="Utf8JsonWriter.CurrentDepth"/>).</summary>
    public ReadOnlySpan<byte> At(int depth)
    {
        if (depth != _depth)
        {
            _bytes = Render(write, depth);
            _depth = depth;
        }

        return _bytes;
    }

    private static byte[] Render(Action<Utf8JsonWriter> write, int depth)
    {
        var options = JsonOutput.Options;
        var rendered = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(rendered, options))
        {
            write(json);
        }

        if (!options.Indented || depth == 0)
        {
            return rendered.WrittenSpan.ToArray();
        }

        // Every line break in the rendering is the writer's own (string values escape theirs).
        var newLine = Encoding.UTF8.GetBytes(options.NewLine);
        var indent = Enumerable.Repeat((byte)options.IndentCharacter, depth * options.IndentSize).ToArray();
        var shifted = new ArrayBufferWriter<byte>();
        var rest = rendered.WrittenSpan;
        for (var lineBreak = rest.IndexOf(newLine); lineBreak >= 0; lineBreak = rest.IndexOf(newLine))
        {
            shifted.Write(rest[..(lineBreak + newLine.Length)]);
            shifted.Write(indent);
            rest = rest[(lineBreak + newLine.Length)..];
        }

        shifted.Write(rest);
        return shifted.WrittenSpan.ToArray();
    }
}
