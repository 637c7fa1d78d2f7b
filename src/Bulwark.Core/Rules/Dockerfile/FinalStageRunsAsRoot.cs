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
        Fix = FixAvailability.DisplayOnly,
        FixNote = "Changing the user can break images that write to root-owned paths or bind ports below 1024, so the fix is only suggested.",
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
