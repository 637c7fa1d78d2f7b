using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// The Dockerfile side of the non-root practice. RT001 judges the user a deployed container really runs
/// as (runtime settings override the image); this rule judges the image default the Dockerfile sets.
/// Different subject, so a different ID; same practice.
/// </summary>
public sealed class FinalStageRunsAsRoot : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF004",
        Name = "final-stage-runs-as-root",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeNonRoot,
        Title = "Image runs as root by default",
        Description = "Finds the USER in effect at the end of the final stage, looking through the stages it is built on (`FROM builder` inherits builder's USER) and resolving ARG/ENV values (`USER ${APP_UID}`). Reports `USER root`, `USER 0`, `USER root:root`, `USER 0:0` (high), and a final stage with no USER at all (medium) unless its base image is known to run as non-root (distroless `:nonroot`, chiselled .NET images, nginx-unprivileged, Windows Nano Server whose default is `ContainerUser`). On Windows images `ContainerAdministrator` counts as root. Builder stages may run as root: only the final stage ships. A root group with a non-root user (`USER 1001:0`, the OpenShift convention) is not reported. This is separate from RT001 (which judges deployed containers, whose runtime settings override the image) but serves the same practice.",
        Rationale = "Whoever runs the image without overriding the user runs it as root: any escape from the process (kernel bug, writable host mount, runtime flaw) lands with full privileges on the host's kernel. The seed: never run containers as root; create and use a dedicated user.",
        Remediation = "Create a user and end the final stage with a numeric `USER` (`RUN adduser -S -u 10001 app` then `USER 10001`), or use a non-root base such as `gcr.io/distroless/static-debian12:nonroot`.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "FROM alpine:3.19\nCOPY app /app\nENTRYPOINT [\"/app\"]",
        UseInstead = "FROM alpine:3.19\nRUN adduser -S -u 10001 app\nCOPY app /app\nUSER 10001\nENTRYPOINT [\"/app\"]",
        Fix = FixAvailability.Unsafe,
        FixNote = "Unsafe (needs `--unsafe-fixes`): the image then runs as another user, which breaks programs that write to root-owned paths, bind ports below 1024 or expect root (the official nginx image, for one), and a base image that already switched to a non-root user of its own makes the added `RUN` fail. The fix adds a numeric `USER uid:gid` (10001:10001 by default; `fix.run-as-user`/`--run-as-user`) to the final stage, after its last RUN, COPY, ADD, WORKDIR or USER (so installing still runs as root) and before the trailing CMD/ENTRYPOINT/EXPOSE/HEALTHCHECK; a root USER already in that place is replaced instead. The user is created the way the base image family does it: `addgroup -S -g G app && adduser -S -u U -G app app` on Alpine/BusyBox, `groupadd -r -g G app && useradd --no-log-init -r -u U -g app app` on Debian, Ubuntu and full RHEL-like images. Images with a non-root user of their own get it without a `RUN`: distroless and Chainguard `65532:65532`, .NET 8+ `1654:1654`, Windows `ContainerUser`. A user the Dockerfile already creates with a numeric uid is reused (`USER <uid>`). On scratch and on base images whose family is unknown (including minimal RHEL-like images without shadow-utils) only the numeric `USER` is added: it works without a user entry, though tools that look the user up (`whoami`, `$HOME`) find none.",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        if (model.FinalStage is not { } final)
        {
            return;
        }

        if (DockerfileFacts.EffectiveUser(final) is { } user)
        {
            CheckExplicit(model, final, user, context);
        }
        else if (!BaseRunsAsNonRoot(final))
        {
            var root = final.Root;
            var image = root.IsScratch ? "scratch (uid 0)" : root.BaseImage?.Value ?? "?";
            var admin = BaseImages.IsWindows(image) ? "ContainerAdministrator" : "root";
            var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Add a numeric USER (e.g. USER 10001) at the end of the final stage");
            Report(context, model, final.From.Span, final, $"final stage ({final.DisplayName}) sets no USER, so it runs as the base image's user: {admin} unless {image} sets another", evidence: "user=unset", fix: fix);
        }
    }

    private static void CheckExplicit(DockerfileModel model, BuildStage final, Instruction user, RuleContext context)
    {
        var word = user.Arguments[0];
        if (word.Expanded is not { IsResolved: true } expanded)
        {
            return;
        }

        var (name, _) = DockerfileFacts.SplitUser(expanded.Value);
        if (DockerfileFacts.IsRootUser(name))
        {
            var via = expanded.HasSubstitutions ? $" (resolved from {word.Raw})" : string.Empty;
            var where = user.Stage == final ? string.Empty : $", inherited from stage {user.Stage!.DisplayName}";
            Report(context, model, word.Span, final, $"final stage ({final.DisplayName}) runs as root: USER {expanded.Value}{via}{where}", Severity.High, "user=" + expanded.Value);
        }
    }

    private static bool BaseRunsAsNonRoot(BuildStage final) =>
        final.Root is { IsScratch: false, BaseImage.Expanded.IsResolved: true } root
        && BaseImages.Parse(root.BaseImage!.Value) is { } image
        && BaseImages.RunsAsNonRoot(image);
}
