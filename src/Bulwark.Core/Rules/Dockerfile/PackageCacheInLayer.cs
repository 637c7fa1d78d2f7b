using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class PackageCacheInLayer : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF016",
        Name = "package-cache-in-layer",
        DefaultSeverity = Severity.Low,
        Practice = Practices.ImageMinimalBase,
        Title = "Package manager cache left in the image layer",
        Description = "In the final stage and the stages it is built on, reports a RUN that leaves a package manager's cache in its layer: `apt-get update` without `rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean`), `apk add`/`apk update` without `--no-cache` or `--no-network` (or removing `/var/cache/apk`), `yum`/`dnf`/`microdnf` installs without `clean all`, `zypper install` without `zypper clean`, and `pip install` without `--no-cache-dir` (or `PIP_NO_CACHE_DIR`). A cache or tmpfs mount over the cache directory (`RUN --mount=type=cache,target=/var/cache/apt`) counts as clean. The cleanup must be in the same RUN: a later RUN cannot shrink an earlier layer.",
        Rationale = "Package indexes and downloaded packages add tens of megabytes per layer, stale metadata invites installing outdated packages later, and everything in the image is attack surface to scan and ship. The seed: keep images minimal.",
        Remediation = "Clean up in the same RUN (`apt-get update && apt-get install -y --no-install-recommends x && rm -rf /var/lib/apt/lists/*`, `apk add --no-cache x`, `dnf install -y x && dnf clean all`, `pip install --no-cache-dir x`) or use a cache mount.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreImplantImage],
        Example = "RUN apt-get update && apt-get install -y curl",
        UseInstead = "RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        var lineage = DockerfileFacts.FinalLineage(model);
        var pipNoCache = lineage.SelectMany(s => s.InstructionsNamed("ENV")).SelectMany(e => e.Pairs)
            .Any(p => p.Name.Raw == "PIP_NO_CACHE_DIR" && p.Value?.Value.ToLowerInvariant() is not ("0" or "false" or "no" or "off"));
        foreach (var run in DockerfileFacts.ShellRuns(lineage).Where(r => DockerfileFacts.Calls(r, DockerfileFacts.PackageManagers)))
        {
            var packages = PackageCommands.In(run).ToList();
            var commands = DockerfileFacts.Commands(run).ToList();
            foreach (var manager in packages.Select(p => p.Manager).Distinct())
            {
                if (Leftover(manager, packages, commands, run, pipNoCache) is { } leftover)
                {
                    var first = packages.First(p => p.Manager == manager);
                    var script = DockerfileFacts.Scripts(run).First(s => s.Commands.Contains(first.Command));
                    Report(context, model, script.SpanOf(first.Command), run.Stage, $"RUN leaves {leftover} in the layer", evidence: first.Command.ToString());
                }
            }
        }
    }

    private static string? Leftover(string manager, List<PackageCommand> packages, List<ShellCommand> commands, Instruction run, bool pipNoCache)
    {
        var ofManager = packages.Where(p => p.Manager == manager).ToList();
        return manager switch
        {
            "apt" when ofManager.Any(p => p.Action == "update") && !ofManager.Any(p => p.Action == "dist-clean") && !Removes(commands, "/var/lib/apt/lists") && !DockerfileFacts.MountCovers(run, "/var/lib/apt/lists")
                => "the apt package lists (/var/lib/apt/lists)",
            "apk" when ofManager.Any(p => (p.IsInstall || p.Action == "update") && !p.HasOption("--no-cache", "--no-network")) && !Removes(commands, "/var/cache/apk") && !DockerfileFacts.MountCovers(run, "/var/cache/apk")
                => "the apk cache (use apk add --no-cache)",
            "yum" or "dnf" when ofManager.Any(p => p.IsInstall) && !ofManager.Any(p => p.Action == "clean") && !Removes(commands, "/var/cache/" + manager) && !DockerfileFacts.MountCovers(run, "/var/cache/" + manager)
                => $"the {manager} cache (add {manager} clean all)",
            "zypper" when ofManager.Any(p => p.IsInstall) && !ofManager.Any(p => p.Action is "clean" or "cc") && !Removes(commands, "/var/cache/zypp")
                => "the zypper cache (add zypper clean --all)",
            "pip" when !pipNoCache && ofManager.Any(p => p.Action == "install" && !p.HasOption("--no-cache-dir")) && !DockerfileFacts.MountCovers(run, "/root/.cache/pip")
                => "the pip cache (use pip install --no-cache-dir)",
            _ => null,
        };
    }

    /// <summary>An <c>rm</c> in the same RUN that deletes <paramref name="path"/>, its contents or a parent of it.</summary>
    private static bool Removes(List<ShellCommand> commands, string path) =>
        commands.Where(c => c.Name == "rm").SelectMany(c => c.Arguments).Select(a => a.Value.TrimEnd('*', '/'))
            .Any(target => target.Length > 5 && (target.StartsWith(path, StringComparison.Ordinal) || path.StartsWith(target + "/", StringComparison.Ordinal)));
}
