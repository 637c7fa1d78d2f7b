using System.Text.Json;
using Bulwark.Diagnostics;
using Bulwark.Docs;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>One rule's metadata as a JSON object (AOT-safe: written by hand, no reflection).</summary>
internal static class RuleJson
{
    public static void Write(Utf8JsonWriter json, RuleMetadata r)
    {
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("name", r.Name);
        json.WriteString("severity", r.DefaultSeverity.ToName());
        json.WriteString("practice", r.Practice);
        json.WriteString("title", r.Title);
        json.WriteString("description", r.Description);
        json.WriteString("rationale", r.Rationale);
        json.WriteString("remediation", r.Remediation);
        Strings(json, "cwe", r.Cwe);
        Strings(json, "mitre", r.Mitre);
        json.WriteString("fix", RuleDocs.FixName(r.Fix));
        json.WriteString("status", r.Status == RuleStatus.Stable ? "stable" : "preview");
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
