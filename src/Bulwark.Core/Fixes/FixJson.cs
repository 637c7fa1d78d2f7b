using System.Text;
using System.Text.Json;

namespace Bulwark.Fixes;

/// <summary>Writes <see cref="FixValue"/>s as JSON with <see cref="Utf8JsonWriter"/> (no reflection, AOT-safe).</summary>
public static class FixJson
{
    public static string Write(FixValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, FixValue value)
    {
        switch (value)
        {
            case FixMap map:
                writer.WriteStartObject();
                foreach (var (key, child) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, child);
                }

                writer.WriteEndObject();
                break;
            case FixList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FixScalar scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, FixScalar scalar)
    {
        switch (scalar.Type)
        {
            case ScalarType.Null:
                writer.WriteNullValue();
                break;
            case ScalarType.Bool:
                writer.WriteBooleanValue(scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase));
                break;
            case ScalarType.Int or ScalarType.Float when IsJsonNumber(scalar.Text):
                writer.WriteRawValue(scalar.Text);
                break;
            default:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }

    private static bool IsJsonNumber(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.BytesConsumed == text.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
