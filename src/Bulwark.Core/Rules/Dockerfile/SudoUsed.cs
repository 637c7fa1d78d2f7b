using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class SudoUsed : DockerfileRule
{
    private static readonly WordSet Escalators = ["sudo", "doas"];

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
        foreach (var run in DockerfileFacts.Runs(model))
        {
            // One finding per RUN is enough: `sudo a && sudo b && sudo c` is one habit, not three.
            var inImage = shipped.Contains(run.Stage!);
            if (!run.Calls(Escalators) && !(inImage && run.CallsPackageManager))
            {
                continue;
            }

            if (FirstProblem(run, inImage) is var (script, command, word, message))
            {
                Report(context, model, script.SpanOf(word), run.Stage, message, evidence: command.ToString());
            }
        }
    }

    private static (RunScript Script, ShellCommand Command, ShellWord Word, string Message)? FirstProblem(RunFacts run, bool inImage)
    {
        foreach (var script in run.Scripts)
        {
            foreach (var command in script.Commands)
            {
                if (Problem(command, inImage) is var (word, message))
                {
                    return (script, command, word, message);
                }
            }
        }

        return null;
    }

    private static (ShellWord Word, string Message)? Problem(ShellCommand command, bool shipped)
    {
        if (Escalator(command) is { } wrapper)
        {
            return (WordCalling(command, wrapper), $"RUN uses {wrapper}: run the step as root before USER instead");
        }

        if (shipped && PackageCommands.Parse(command) is { IsInstall: true } install
            && ShellWord.FirstWhere(install.Packages, p => PackageCommands.PackageNameSpan(p) is "sudo" or "doas") is { } package)
        {
            return (package, $"RUN installs {package.Value} in the image: a setuid-root tool is a path to root");
        }

        return null;
    }

    // A loop, not First with a lambda: the lambda's closure was allocated for every command asked about.
    private static ShellWord WordCalling(ShellCommand command, string program)
    {
        foreach (var word in command.WordSpan)
        {
            if (ShellCommand.BaseName(word.Value) == program)
            {
                return word;
            }
        }

        throw new InvalidOperationException($"no word of the command calls {program}");
    }

    /// <summary>The first of <c>sudo</c>/<c>doas</c> the command runs under, else the command itself when it is one.</summary>
    private static string? Escalator(ShellCommand command)
    {
        // Indexed, not foreach: asked of every command, and enumerating through the interface allocates.
        var wrappers = command.WrappedBy;
        for (var i = 0; i < wrappers.Count; i++)
        {
            if (Escalators.Contains(wrappers[i]))
            {
                return wrappers[i];
            }
        }

        return Escalators.Contains(command.Name) ? command.Name : null;
    }
}
