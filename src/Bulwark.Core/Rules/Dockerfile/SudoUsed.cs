using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class SudoUsed : DockerfileRule
{
    private static readonly string[] Escalators = ["sudo", "doas"];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF013",
        Name = "sudo-used",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeNoNewPrivileges,
        Title = "sudo used in a RUN or installed in the image",
        Description = "Reports RUN commands that run under `sudo` (or `doas`), in any stage, and package installs of `sudo`/`doas` in the final stage and the stages it is built on.",
        Rationale = "sudo is a setuid-root binary whose purpose is gaining privileges: in a runtime image it gives any process that gets a shell a path to root (sudo CVEs, misconfigured sudoers), which is exactly what no-new-privileges and a non-root user are meant to prevent. In a build it has unpredictable TTY and signal behaviour, and the build runs as root anyway.",
        Remediation = "Run privileged build steps before switching `USER`, and drop sudo from the image; use `gosu`/`su-exec` (no setuid) in an entrypoint when a root step must hand over to a user.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "USER app\nRUN sudo apt-get install -y curl",
        UseInstead = "RUN apt-get install -y curl\nUSER app",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        var shipped = DockerfileFacts.FinalLineage(model);
        foreach (var run in DockerfileFacts.ShellRuns(model))
        {
            // One finding per RUN is enough: `sudo a && sudo b && sudo c` is one habit, not three.
            var inImage = shipped.Contains(run.Stage!);
            if (!DockerfileFacts.Calls(run, Escalators) && !(inImage && DockerfileFacts.Calls(run, DockerfileFacts.PackageManagers)))
            {
                continue;
            }

            var found = DockerfileFacts.Scripts(run)
                .SelectMany(script => script.Commands.Select(command => (script, command, problem: Problem(command, inImage))))
                .FirstOrDefault(x => x.problem is not null);
            if (found.problem is var (word, message))
            {
                Report(context, model, found.script.SpanOf(word), run.Stage, message, evidence: found.command.ToString());
            }
        }
    }

    private static (ShellWord Word, string Message)? Problem(ShellCommand command, bool shipped)
    {
        var wrapper = command.WrappedBy.FirstOrDefault(w => w is "sudo" or "doas") ?? (command.Name is "sudo" or "doas" ? command.Name : null);
        if (wrapper is not null)
        {
            return (command.Words.First(w => ShellCommand.BaseName(w.Value) == wrapper), $"RUN uses {wrapper}: run the step as root before USER instead");
        }

        if (shipped && PackageCommands.Parse(command) is { IsInstall: true } install
            && install.Packages.FirstOrDefault(p => PackageCommands.PackageName(p) is "sudo" or "doas") is { } package)
        {
            return (package, $"RUN installs {package.Value} in the image: a setuid-root tool is a path to root");
        }

        return null;
    }
}
