using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Bulwark.Tests.Reporting;

/// <summary>
/// The official SARIF 2.1.0 schema from <c>../shared/schemas</c>. The file declares draft-04, which
/// JsonSchema.Net does not implement; it uses no keyword whose meaning changed after draft-04 (no
/// boolean <c>exclusiveMinimum</c>), so it is evaluated as draft-07. Its draft-04 <c>id</c> is dropped:
/// every <c>$ref</c> is local (<c>#/definitions/...</c>), and a private registry keeps builds independent.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Value.Evaluate(document.RootElement, options);
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
    }

    private static JsonSchema Load()
    {
        var node = JsonNode.Parse(File.ReadAllText(TestPaths.SharedPath("schemas", "sarif-schema-2.1.0.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    }
}
