using System.CommandLine;
using System.Text.Json;
using Bulwark.Diagnostics;
using Bulwark.Docs;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark rules</c>: the catalogue, as a table, JSON or markdown; <c>--write-docs DIR</c> regenerates docs/rules.</summary>
public static class RulesCommand
{
    private static readonly Option<string> Format = new Option<string>("--format", "-f")
    {
        Description = "text, json or markdown.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json", "markdown");

    private static readonly Option<string?> WriteDocs = new("--write-docs")
    {
        Description = "Write one markdown page per rule plus README.md (the catalogue) into DIR.",
    };

    public static Command Create()
    {
        var command = new Command("rules", "List every rule with its ID, name, severity and practice.") { Format, WriteDocs };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var rules = RuleCatalog.All.Select(r => r.Metadata).ToList();
            if (parse.GetValue(WriteDocs) is { } dir)
            {
                DocsWriter.Write(dir, rules);
                output.WriteLine($"wrote {rules.Count} rule pages to {dir}");
                return ExitCodes.Clean;
            }

            switch (parse.GetValue(Format))
            {
                case "json": output.WriteLine(Json(rules)); break;
                case "markdown": output.Write(RuleDocs.Index(rules)); break;
                default: Text(rules, output); break;
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static void Text(List<RuleMetadata> rules, TextWriter output)
    {
        foreach (var r in rules)
        {
            output.WriteLine($"{r.Id,-7} {r.Name,-36} {r.DefaultSeverity.ToName(),-9} {r.Practice,-26} {r.Title}");
        }
    }

    internal static string Json(IEnumerable<RuleMetadata> rules)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("rules");
            foreach (var r in rules)
            {
                RuleJson.Write(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
