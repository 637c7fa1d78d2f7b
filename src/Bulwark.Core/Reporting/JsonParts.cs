using System.Text.Json;
using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>The JSON report's nested values; each writes <c>null</c> when there is nothing to say.</summary>
internal static class JsonParts
{
    public static void WritePosition(Utf8JsonWriter json, string name, int? value)
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

    public static void WriteObject(Utf8JsonWriter json, ObjectRef? obj)
    {
        if (obj is null)
        {
            json.WriteNull("object");
            return;
        }

        json.WriteStartObject("object");
        json.WriteString("apiVersion", obj.ApiVersion);
        json.WriteString("kind", obj.Kind);
        json.WriteString("namespace", obj.Namespace);
        json.WriteString("name", obj.Name);
        json.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteFix(Utf8JsonWriter json, FixSuggestion? fix)
    {
        if (fix is null)
        {
            json.WriteNull("fix");
            return;
        }

        json.WriteStartObject("fix");
        json.WriteString("applicability", ReportNames.Name(fix.Applicability));
        json.WriteString("title", fix.Title);
        json.WriteEndObject();
    }

    public static void WriteSuppression(Utf8JsonWriter json, Suppression? suppression)
    {
        if (suppression is null)
        {
            json.WriteNull("suppressed");
            return;
        }

        json.WriteStartObject("suppressed");
        json.WriteString("kind", ReportNames.Name(suppression.Kind));
        json.WriteString("reason", suppression.Reason);
        json.WriteEndObject();
    }
}
