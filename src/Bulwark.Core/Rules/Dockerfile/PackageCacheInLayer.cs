using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>A RUN that leaves a package manager's cache in its layer: <see cref="First"/> is the manager's first call, in <see cref="Script"/>.</summary>
public sealed record CacheLeftover(Instruction Run, string Manager, string What, PackageCommand First, RunScript Script)
{
    public SourceSpan Span => Script.SpanOf(First.Command);
}

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
        Fix = FixAvailability.Safe,
        FixNote = "Safe: the same packages are installed, only the cache is left out of the layer. The fix adds `--no-cache` to `apk add`, `--no-cache-dir` to `pip install`, and appends `rm -rf /var/lib/apt/lists/*`, `rm -rf /var/cache/apk/*` (after `apk update`), `yum`/`dnf clean all` or `zypper clean --all` to the end of the same RUN script (as a new continuation line when the RUN is written one command per line). It is not offered when a later RUN installs from the apt lists without its own `apt-get update` (removing them would break that RUN), nor when the script ends in a comment, a background job or a dangling operator.",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var leftover in Leftovers(model))
        {
            Report(context, model, leftover.Span, leftover.Run.Stage, $"RUN leaves {leftover.What} in the layer", evidence: leftover.First.Command.ToString());
        }
    }

    /// <summary>Every cache a RUN of the final stage's lineage leaves behind, one per RUN and package manager.</summary>
    public static IEnumerable<CacheLeftover> Leftovers(DockerfileModel model)
    {
        var pipNoCache = PipNoCacheSet(DockerfileFacts.FinalLineage(model));
        foreach (var run in DockerfileFacts.ShippedRuns(model))
        {
            if (!run.CallsPackageManager)
            {
                continue;
            }

            var packages = run.Packages;
            for (var k = 0; k < packages.Count; k++)
            {
                // Once per manager, at its first call.
                var first = packages[k];
                if (!IsFirstOf(packages, k) || Leftover(first.Manager, packages, run, pipNoCache) is not { } leftover)
                {
                    continue;
                }

                var script = run.Scripts.First(s => s.Commands.Contains(first.Command));
                yield return new CacheLeftover(run.Run, first.Manager, leftover, first, script);
            }
        }
    }

    private static bool IsFirstOf(IReadOnlyList<PackageCommand> packages, int k)
    {
        for (var i = 0; i < k; i++)
        {
            if (packages[i].Manager == packages[k].Manager)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when an ENV of the shipped stages sets <c>PIP_NO_CACHE_DIR</c> on.</summary>
    private static bool PipNoCacheSet(IReadOnlyList<BuildStage> lineage)
    {
        foreach (var stage in lineage)
        {
            foreach (var env in stage.InstructionsNamed("ENV"))
            {
                foreach (var pair in env.Pairs)
                {
                    if (pair.Name.Raw == "PIP_NO_CACHE_DIR" && pair.Value?.Value.ToLowerInvariant() is not ("0" or "false" or "no" or "off"))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string? Leftover(string manager, IReadOnlyList<PackageCommand> packages, RunFacts facts, bool pipNoCache)
    {
        var commands = facts.Commands;
        var run = facts.Run;
        return manager switch
        {
            "apt" when Any(packages, manager, static p => p.Action == "update") && !Any(packages, manager, static p => p.Action == "dist-clean") && !Removes(commands, "/var/lib/apt/lists") && !DockerfileFacts.MountCovers(run, "/var/lib/apt/lists")
                => "the apt package lists (/var/lib/apt/lists)",
            "apk" when Any(packages, manager, static p => (p.IsInstall || p.Action == "update") && !p.HasOption("--no-cache", "--no-network")) && !Removes(commands, "/var/cache/apk") && !DockerfileFacts.MountCovers(run, "/var/cache/apk")
                => "the apk cache (use apk add --no-cache)",
            "yum" or "dnf" when Any(packages, manager, static p => p.IsInstall) && !Any(packages, manager, static p => p.Action == "clean") && !Removes(commands, "/var/cache/" + manager) && !DockerfileFacts.MountCovers(run, "/var/cache/" + manager)
                => $"the {manager} cache (add {manager} clean all)",
            "zypper" when Any(packages, manager, static p => p.IsInstall) && !Any(packages, manager, static p => p.Action is "clean" or "cc") && !Removes(commands, "/var/cache/zypp")
                => "the zypper cache (add zypper clean --all)",
            "pip" when !pipNoCache && Any(packages, manager, static p => p.Action == "install" && !p.HasOption(PipNoCache)) && !DockerfileFacts.MountCovers(run, "/root/.cache/pip")
                => "the pip cache (use pip install --no-cache-dir)",
            _ => null,
        };
    }

    /// <summary>True when a call of <paramref name="manager"/> matches <paramref name="test"/>.</summary>
    private static bool Any(IReadOnlyList<PackageCommand> packages, string manager, Func<PackageCommand, bool> test)
    {
        foreach (var package in packages)
        {
            if (package.Manager == manager && test(package))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>pip accepts any unambiguous prefix of a long option, so <c>--no-cache</c> is <c>--no-cache-dir</c>.</summary>
    public static readonly string[] PipNoCache = ["--no-cache-dir", "--no-cache"];

    /// <summary>An <c>rm</c> in the same RUN that deletes <paramref name="path"/>, its contents or a parent of it.</summary>
    private static bool Removes(IReadOnlyList<ShellCommand> commands, string path)
    {
        foreach (var command in commands)
        {
            if (command.Name != "rm")
            {
                continue;
            }

            foreach (var argument in command.ArgumentSpan)
            {
                var target = argument.ValueSpan.TrimEnd("*/");
                if (target.Length > 5 && (target.StartsWith(path, StringComparison.Ordinal) || IsParentOf(target, path)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>path.StartsWith(target + "/")</c> without building the string.</summary>
    private static bool IsParentOf(ReadOnlySpan<char> target, string path) =>
        path.Length > target.Length && path[target.Length] == '/' && path.AsSpan().StartsWith(target, StringComparison.Ordinal);
}
