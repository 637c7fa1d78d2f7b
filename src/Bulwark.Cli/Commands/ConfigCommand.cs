using System.CommandLine;
using Bulwark.Configuration;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark config schema</c>: the JSON Schema of <c>.bulwark.yaml</c> (docs/bulwark.schema.json is
/// its output); <c>bulwark config check</c>: validates the config a scan would use, exit 2 on errors.
/// </summary>
public static class ConfigCommand
{
    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write the schema to FILE (atomically) instead of stdout.",
    };

    public static Command Create() => new("config", "Work with the .bulwark.yaml configuration file.")
    {
        Schema(),
        Check(),
    };

    private static Command Schema()
    {
        var command = new Command("schema", "Print the JSON Schema of .bulwark.yaml, for editors.") { Output };
        command.SetAction(parse =>
        {
            var schema = ConfigJsonSchema.Generate();
            if (parse.GetValue(Output) is { } path)
            {
                AtomicFile.Write(path, schema);
            }
            else
            {
                parse.InvocationConfiguration.Output.Write(schema);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Check()
    {
        var command = new Command("check", "Validate the configuration a scan in this directory would use (or --config FILE).")
        {
            PolicyOptions.Config,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            if (PolicyLoader.LoadConfig(parse, parse.InvocationConfiguration.Error) is not { } config)
            {
                return ExitCodes.Usage;
            }

            stdout.WriteLine(config.FilePath is null ? "no config file found; every default applies" : $"{config.FilePath}: ok");
            return ExitCodes.Clean;
        });
        return command;
    }
}
