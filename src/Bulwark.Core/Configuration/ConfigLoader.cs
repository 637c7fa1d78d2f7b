using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Configuration;

/// <summary>What loading a config file gave: the config, or the errors (each with line and column).</summary>
public sealed record ConfigLoadResult(BulwarkConfig? Config, IReadOnlyList<ScanError> Errors)
{
    public bool Succeeded => Config is not null;
}

/// <summary>
/// Reads <c>.bulwark.yaml</c> with the spans-keeping YAML loader and checks it against
/// <see cref="ConfigSchema"/>. Every problem (syntax, unknown key, wrong type, unknown rule selector,
/// invalid severity) is collected with its position; a file with any problem yields no config, so
/// nothing is ever silently ignored.
/// </summary>
public static class ConfigLoader
{
    public static ConfigLoadResult Load(string path)
    {
        try
        {
            return Parse(path, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ConfigLoadResult(null, [new ScanError(path, 0, 0, "cannot read config file: " + ex.Message)]);
        }
    }

    /// <summary>Parses config text; <paramref name="path"/> names it in errors and anchors its globs.</summary>
    public static ConfigLoadResult Parse(string path, string text)
    {
        var yaml = YamlLoader.Parse(text);
        var errors = new List<ScanError>();
        errors.AddRange(yaml.Errors.Select(e => new ScanError(path, e.Position.Line, e.Position.Column, e.Message)));
        var config = new BulwarkConfig(path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var reader = new ConfigReader(path, errors);
        var documents = yaml.Documents.Where(d => d.Root is not null).ToList();
        if (documents.Count > 1)
        {
            reader.Error(documents[1].Span.Start, "a config file holds one YAML document");
        }
        else if (errors.Count == 0 && documents.Count == 1)
        {
            reader.ReadObject(documents[0].Root!, ConfigSchema.Root, config);
        }

        return errors.Count == 0 ? new ConfigLoadResult(config, []) : new ConfigLoadResult(null, errors);
    }
}
