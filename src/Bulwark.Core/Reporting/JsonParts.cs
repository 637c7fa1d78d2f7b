using System.Text.Json;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>The JSON report's nested values; each writes <c>null</c> when there is nothing to say.</summary>
internal static class JsonParts
{
    public static void WritePosition(Utf8JsonWriter json, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, JsonEncodedText? value)
    {
        if (value is { } text)
        {
            json.WriteString(name, text);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteFix(Utf8JsonWriter json, FixSuggestion? fix)
    {
        if (fix is null)
        {
            json.WriteNull(JsonNames.Fix);
            return;
        }

        json.WriteStartObject(JsonNames.Fix);
        json.WriteString(JsonNames.Applicability, JsonNames.ApplicabilityName(fix.Applicability));
        json.WriteString(JsonNames.Title, fix.Title);
        json.WriteEndObject();
    }

    public static void WriteSuppression(Utf8JsonWriter json, Suppression? suppression)
    {
        if (suppression is null)
        {
            json.WriteNull(JsonNames.Suppressed);
            return;
        }

        json.WriteStartObject(JsonNames.Suppressed);
        json.WriteString(JsonNames.Kind, ReportNames.Name(suppression.Kind));
        json.WriteString(JsonNames.Reason, suppression.Reason);
        json.WriteEndObject();
    }
}
