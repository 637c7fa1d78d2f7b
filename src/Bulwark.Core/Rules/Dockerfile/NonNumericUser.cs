using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class NonNumericUser : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF005",
        Name = "non-numeric-user",
        DefaultSeverity = Severity.Low,
        Practice = Practices.RuntimeNonRoot,
        Title = "Final USER is a name, not a numeric UID",
        Description = "Reports the USER in effect at the end of the final stage (through `FROM <stage>` and ARG/ENV values) when its user part is a name (`USER app`, `USER nonroot:nonroot`) rather than a number. Root is DF004's; builder stages and Windows images (which have no numeric users) are not judged.",
        Rationale = "Kubernetes' `runAsNonRoot: true` can only verify a numeric user: with a user name in the image and no `runAsUser` in the pod, the kubelet refuses to start the container (\"image has non-numeric user, cannot verify user is non-root\"). A numeric UID also cannot be remapped to root by a tampered `/etc/passwd`.",
        Remediation = "Use the numeric UID (and GID): `USER 65532:65532` instead of `USER nonroot:nonroot`, or set `runAsUser` in the pod.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweImproperPrivilegeManagement],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "USER appuser",
        UseInstead = "USER 10001:10001",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        // Windows containers have no numeric users and Kubernetes uses runAsUserName for them.
        if (model.FinalStage is not { } final || DockerfileFacts.EffectiveUser(final) is not { } user || BaseImages.IsWindows(final.Root.BaseImage?.Value ?? string.Empty))
        {
            return;
        }

        var word = user.Arguments[0];
        if (word.Expanded is not { IsResolved: true } expanded)
        {
            return;
        }

        var (name, _) = DockerfileFacts.SplitUser(expanded.Value);
        if (name.Length > 0 && !name.All(char.IsAsciiDigit) && !DockerfileFacts.IsRootUser(name))
        {
            Report(context, model, word.Span, final, $"final stage ({final.DisplayName}) runs as user name \"{name}\": Kubernetes runAsNonRoot cannot verify a name, use the numeric UID", evidence: "user=" + name);
        }
    }
}
