using System.CommandLine;
using Bulwark.Cli.Commands;

namespace Bulwark.Bench;

/// <summary>`bulwark pss --level L --version V DIR` per fixture directory, checking exit code and summary.</summary>
internal sealed class CliRun(string root)
{
    private readonly List<string> _dirs = Directory.GetDirectories(root)
        .SelectMany(Directory.GetDirectories)
        .SelectMany(Directory.GetDirectories)
        .Order(StringComparer.Ordinal)
        .ToList();

    public int WrongRuns() => _dirs.Count(dir => !HasUpstreamVerdicts(dir));

    private static bool HasUpstreamVerdicts(string dir)
    {
        var parts = dir.Split(Path.DirectorySeparatorChar)[^3..];
        var pass = parts[2] == "pass";
        var command = new RootCommand { PssCommand.Create(TextReader.Null) };
        using var output = new StringWriter();
        var code = command.Parse(["pss", "--level", parts[0], "--version", parts[1], dir])
            .Invoke(new InvocationConfiguration { Output = output, Error = TextWriter.Null });
        var files = Directory.GetFiles(dir, "*.yaml").Length;
        var summary = $"{files} objects checked, {(pass ? 0 : files)} not allowed";
        return code == (pass ? 0 : 1) && output.ToString().Contains(summary, StringComparison.Ordinal);
    }
}
