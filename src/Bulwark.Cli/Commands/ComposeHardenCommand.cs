using System.CommandLine;
using Bulwark.Compose;
using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark compose-harden FILE [-o OVERRIDE]</c>: writes a hardening override beside a compose file.</summary>
public static class ComposeHardenCommand
{
    private static readonly Argument<string> File = new("file") { Description = "The compose file to harden (it is not modified)." };

    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Where to write the override (default: FILE's name with .hardened before the extension; '-' for stdout).",
    };

    public static Command Create()
    {
        var command = new Command("compose-harden", "Write a compose override file that hardens every service (docker compose -f FILE -f OVERRIDE).");
        command.Arguments.Add(File);
        command.Options.Add(Output);
        command.SetAction(parse => Execute(parse.GetValue(File)!, parse.GetValue(Output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(string file, string? output, TextWriter stdout, TextWriter stderr)
    {
        var session = new ScanEngine([], RuleOptions.Default).Load([new ScanInput(file)]);
        var services = session.Models<DockerContainer>().Where(d => d.Profile.File == file).ToList();
        if (session.Errors.Count > 0 || session.Models<ComposeProject>().Count == 0)
        {
            session.Errors.ForEach(e => stderr.WriteLine("error: " + e));
            stderr.WriteLine(session.Errors.Count > 0 ? $"error: {file} was not hardened" : $"error: {file} is not a compose file (no top-level services:)");
            return ExitCodes.Usage;
        }

        var (yaml, changes) = ComposeHardener.Render(Path.GetFileName(file), services, new HardenDefaults());
        var target = output ?? DefaultOutput(file);
        if (!Write(target, yaml, stdout, stderr))
        {
            return ExitCodes.Usage;
        }

        changes.ToList().ForEach(c => stderr.WriteLine(c));
        if (target != "-")
        {
            stderr.WriteLine($"wrote {target}; use it with: docker compose -f {file} -f {target} up");
        }

        return ExitCodes.Clean;
    }

    private static string DefaultOutput(string file) =>
        Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, Path.GetFileNameWithoutExtension(file) + ".hardened" + Path.GetExtension(file));

    private static bool Write(string target, string yaml, TextWriter stdout, TextWriter stderr)
    {
        if (target == "-")
        {
            stdout.Write(yaml);
            return true;
        }

        try
        {
            AtomicFile.Write(target, yaml);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {target}: {ex.Message}");
            return false;
        }
    }
}
