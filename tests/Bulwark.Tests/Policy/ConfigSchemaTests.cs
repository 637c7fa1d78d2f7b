using System.Text.Json;
using Bulwark.Configuration;
using Json.Schema;

namespace Bulwark.Tests.Policy;

/// <summary>The JSON Schema and the docs are generated from, or checked against, the model the loader uses.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly string SchemaFile = TestPaths.RepoPath("docs", "bulwark.schema.json");

    [Fact]
    public void Checked_in_schema_is_current()
    {
        Assert.True(
            File.ReadAllText(SchemaFile) == ConfigJsonSchema.Generate(),
            "docs/bulwark.schema.json is stale; run: dotnet run --project src/Bulwark.Cli -- config schema -o docs/bulwark.schema.json");
    }

    [Fact]
    public void Config_schema_command_prints_the_schema()
    {
        var result = Workspace.Cli("config", "schema");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ConfigJsonSchema.Generate(), result.Stdout);
    }

    [Fact]
    public void Docs_describe_every_key()
    {
        var docs = File.ReadAllText(TestPaths.RepoPath("docs", "configuration.md"));
        var missing = ConfigSchema.KeyPaths().Where(k => !docs.Contains($"`{k}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/configuration.md does not describe: " + string.Join(", ", missing));
    }

    [Fact]
    public void Schema_accepts_a_full_config_and_rejects_mistakes_the_loader_rejects()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaFile));
        var valid = """
            {"select": ["K8S", "runtime.non-root"], "ignore": ["IMG002"], "severity": {"RT007": "critical"},
             "fail-on": "medium", "exclude": ["vendor/**"], "per-path-ignores": {"legacy/**": ["RT004"]},
             "options": {"trusted-registries": ["ghcr.io/acme"], "minimum-pod-security": "baseline"},
             "suppressions": {"inline": true, "annotations": false},
             "fix": {"run-as-user": 10001, "run-as-group": 10001, "limits": {"cpu": "500m", "memory": "512Mi"},
                     "requests": {"cpu": "250m", "memory": "256Mi"}, "image-tags": {"nginx": "1.27-alpine", "ghcr.io/acme/app": "2.0"}}}
            """;

        Assert.True(Valid(schema, valid));
        Assert.False(Valid(schema, """{"selct": ["RT001"]}"""));
        Assert.False(Valid(schema, """{"fail-on": "huge"}"""));
        Assert.False(Valid(schema, """{"select": "RT001"}"""));
        Assert.False(Valid(schema, """{"suppressions": {"inline": "yes"}}"""));
        Assert.False(Valid(schema, """{"fix": {"run-as-user": 0}}"""));
        Assert.False(Valid(schema, """{"fix": {"image-tags": {"nginx": "1.27 alpine"}}}"""));
        Assert.False(Valid(schema, """{"fix": {"limits": {"cpu": "lots"}}}"""));
    }

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }
}
