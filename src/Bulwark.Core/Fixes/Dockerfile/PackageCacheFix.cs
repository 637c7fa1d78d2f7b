using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// DF016: leave the package manager's cache out of the RUN's layer. Options where the manager has one
/// (<c>apk add --no-cache</c>, <c>pip install --no-cache-dir</c>), else a cleanup command at the end of
/// the same RUN script (<see cref="ScriptAppend"/>).
/// </summary>
internal static class PackageCacheFix
{
    public static DockerfileFixDraft? For(Finding finding, DockerfileModel model, FixOptions options)
    {
        var leftover = PackageCacheInLayer.Leftovers(model).FirstOrDefault(l => l.Span == finding.Location.Span);
        return leftover?.Manager switch
        {
            null => null,
            "pip" => WithOption(leftover, "pip install", "--no-cache-dir", "Use pip install --no-cache-dir"),
            "apk" when !Calls(leftover, "apk", c => c.Action == "update" && Lacks(c, "--no-cache", "--no-network")) =>
                WithOption(leftover, "apk add", "--no-cache", "Use apk add --no-cache"),
            "apk" => Cleanup(model, leftover, "rm -rf /var/cache/apk/*", "Remove /var/cache/apk in the same RUN"),
            "apt" => LaterInstall(model, leftover.Run) is { } later
                ? DockerfileFixDraft.Refused(AptTitle, FixApplicability.Safe, $"the RUN on line {later.StartLine} installs from these package lists without its own apt-get update")
                : Cleanup(model, leftover, "rm -rf /var/lib/apt/lists/*", AptTitle),
            "yum" or "dnf" => Cleanup(model, leftover, LastCall(leftover).Command.Name + " clean all", $"Add {LastCall(leftover).Command.Name} clean all to the RUN"),
            "zypper" => Cleanup(model, leftover, "zypper clean --all", "Add zypper clean --all to the RUN"),
            _ => null,
        };
    }

    private const string AptTitle = "Remove /var/lib/apt/lists in the same RUN";

    /// <summary>Inserts <paramref name="option"/> after the action word of every install of the manager that lacks it.</summary>
    private static DockerfileFixDraft WithOption(CacheLeftover leftover, string what, string option, string title)
    {
        var edits = new List<TextEdit>();
        foreach (var script in DockerfileFacts.Scripts(leftover.Run))
        {
            foreach (var call in script.Commands.Select(PackageCommands.Parse).OfType<PackageCommand>())
            {
                if (call.Manager == leftover.Manager && call.IsInstall && Lacks(call, [option, "--no-network", .. PackageCacheInLayer.PipNoCache]))
                {
                    var at = DockerfileText.After(script.Source, call.ActionWord.End);
                    edits.Add(new TextEdit(at, at, " " + option));
                }
            }
        }

        return edits.Count > 0 ? new DockerfileFixDraft(title, FixApplicability.Safe, edits)
            : DockerfileFixDraft.Refused(title, FixApplicability.Safe, $"no {what} call to add {option} to");
    }

    /// <summary>
    /// Appends <paramref name="command"/> to the script that holds the manager's last call, under the same
    /// <c>sudo</c>/<c>doas</c> when that call uses one (the RUN's user is then not root).
    /// </summary>
    private static DockerfileFixDraft Cleanup(DockerfileModel model, CacheLeftover leftover, string command, string title)
    {
        var last = LastCall(leftover);
        var script = DockerfileFacts.Scripts(leftover.Run).First(s => s.Commands.Contains(last.Command));
        var elevate = last.Command.WrappedBy.FirstOrDefault(w => w is "sudo" or "doas");
        var (edit, refusal) = ScriptAppend.Append(model, leftover.Run, script, elevate is null ? command : $"{elevate} {command}");
        return edit is null ? DockerfileFixDraft.Refused(title, FixApplicability.Safe, refusal!) : new DockerfileFixDraft(title, FixApplicability.Safe, [edit]);
    }

    private static PackageCommand LastCall(CacheLeftover leftover) =>
        PackageCommands.In(leftover.Run).Last(p => p.Manager == leftover.Manager);

    private static bool Calls(CacheLeftover leftover, string manager, Func<PackageCommand, bool> match) =>
        PackageCommands.In(leftover.Run).Any(p => p.Manager == manager && match(p));

    private static bool Lacks(PackageCommand call, params string[] options) => !call.HasOption(options);

    /// <summary>A later RUN of the shipped stages that installs with apt but does not update the lists itself: it needs the lists this RUN keeps.</summary>
    private static Instruction? LaterInstall(DockerfileModel model, Instruction run) =>
        DockerfileFacts.ShellRuns(DockerfileFacts.FinalLineage(model))
            .Where(r => r.Span.Start.Offset > run.Span.Start.Offset)
            .OrderBy(r => r.Span.Start.Offset)
            .FirstOrDefault(r =>
            {
                var apt = PackageCommands.In(r).Where(p => p.Manager == "apt").ToList();
                return apt.Any(p => p.IsInstall || p.Action is "source" or "build-dep") && !apt.Any(p => p.Action == "update");
            });
}
