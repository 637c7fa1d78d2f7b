using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class PackageUpgradeInBuild : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF017",
        Name = "package-upgrade-in-build",
        DefaultSeverity = Severity.Low,
        Practice = Practices.ImagePinned,
        Title = "Whole-system package upgrade in the build",
        Description = "Reports upgrades of everything installed in the final stage and the stages it is built on: `apt-get upgrade`/`dist-upgrade`/`full-upgrade`, `apk upgrade`, `yum`/`dnf update` without package names, `dnf upgrade`/`distro-sync`, `zypper update`/`dist-upgrade`.",
        Rationale = "The image's contents then depend on the day it was built rather than on the pinned base image: two builds of the same commit differ, a broken or malicious update slips in unreviewed, and the base image you scanned is not the one you ship. Fixes belong in a newer pinned base image.",
        Remediation = "Move to a newer (pinned) base image that has the fixes, and install only the specific package versions you need.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreSupplyChain],
        Example = "RUN apt-get update && apt-get upgrade -y",
        UseInstead = "FROM debian:12.5-slim@sha256:<64 hex digits>",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var run in DockerfileFacts.ShippedRuns(model))
        {
            if (!run.CallsPackageManager)
            {
                continue;
            }

            foreach (var script in run.Scripts)
            {
                foreach (var command in script.Commands)
                {
                    if (PackageCommands.Parse(command) is { IsUpgradeAll: true } upgrade)
                    {
                        Report(context, model, script.SpanOf(command), run.Stage, $"RUN upgrades every installed package ({command.Name} {upgrade.Action}): the image no longer matches its pinned base", evidence: command.ToString());
                    }
                }
            }
        }
    }
}
