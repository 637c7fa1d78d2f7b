using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulwark.Suppressions;

/// <summary>
/// The baseline file format (version 1), written with <see cref="Utf8JsonWriter"/> and read with
/// <see cref="JsonDocument"/> (both reflection-free, AOT-safe). Entries are sorted so the file diffs well.
/// </summary>
public static class BaselineJson
{
    public const int Version = 1;

    public static string Write(Baseline baseline)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var (key, count) in Sorted(baseline))
            {
                WriteEntry(json, key, count);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Parses a baseline; throws <see cref="FormatException"/> with what is wrong.</summary>
    public static Baseline Read(string path, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw new FormatException($"not a version {Version} Bulwark baseline");
            }

            var counts = new Dictionary<BaselineKey, int>();
            foreach (var entry in Findings(root))
            {
                var key = ReadKey(entry);
                counts[key] = counts.GetValueOrDefault(key) + (entry.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 1);
            }

            return new Baseline(path, counts);
        }
        catch (JsonException ex)
        {
            throw new FormatException("invalid JSON: " + ex.Message, ex);
        }
    }

    private static IEnumerable<(BaselineKey Key, int Count)> Sorted(Baseline baseline) =>
        baseline.Counts
            .Select(p => (p.Key, p.Value))
            .OrderBy(p => p.Key.File, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Object, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Container, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Rule, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Evidence, StringComparer.Ordinal);

    private static void WriteEntry(Utf8JsonWriter json, BaselineKey key, int count)
    {
        json.WriteStartObject();
        json.WriteString("rule", key.Rule);
        json.WriteString("file", key.File);
        json.WriteString("object", key.Object);
        json.WriteString("container", key.Container);
        json.WriteString("evidence", key.Evidence);
        json.WriteNumber("count", count);
        json.WriteEndObject();
    }

    private static JsonElement.ArrayEnumerator Findings(JsonElement root) =>
        root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? findings.EnumerateArray()
            : throw new FormatException("missing 'findings' array");

    private static BaselineKey ReadKey(JsonElement entry) => new(
        Required(entry, "rule"), Required(entry, "file"), Optional(entry, "object"), Optional(entry, "container"), Required(entry, "evidence"));

    private static string Required(JsonElement entry, string name) =>
        Optional(entry, name) ?? throw new FormatException($"a finding lacks '{name}'");

    private static string? Optional(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
