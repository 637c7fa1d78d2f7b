using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class BaseImageUnresolvable : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF001",
        Name = "base-image-unresolvable",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImagePinned,
        Title = "Base image depends on a build argument with no default",
        Description = "Resolves `FROM` images through the global ARGs (those before the first `FROM`) and BuildKit's platform ARGs, as BuildKit does, including `${VAR:-default}` forms. Reports a `FROM` whose image name uses an ARG that has no default value (or whose default leaves an invalid name such as `image:`), so the base image is whatever the build command passes in. When the ARG has a default, the pinning rules (IMG001, IMG002) judge the resolved image instead.",
        Rationale = "An image chosen at build time cannot be reviewed, pinned or scanned from the Dockerfile: any `--build-arg` (a CI variable, a typo, an attacker with pipeline access) swaps the base image, and without one the build fails.",
        Remediation = "Give the ARG a default that names a pinned image (`ARG BASE=alpine:3.19@sha256:...`), or write the image in the `FROM` directly.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreImplantImage, Taxonomy.MitreSupplyChain],
        Example = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}",
        UseInstead = "ARG BASE_IMAGE=alpine:3.19@sha256:<64 hex digits>\nFROM ${BASE_IMAGE}",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var stage in model.Stages.Where(s => s.BaseStage is null && s.BaseImage?.Expanded is not null))
        {
            var expanded = stage.BaseImage!.Expanded!;
            if (!expanded.IsResolved || !DockerfileImage.IsValidName(expanded.Value))
            {
                var names = string.Join(", ", expanded.Unresolved.Distinct());
                var why = names.Length > 0 ? $"ARG {names} has no default value" : $"with the ARG defaults it is \"{expanded.Value}\", not a valid image name";
                Report(context, model, stage.BaseImage.Span, stage, $"base image {stage.BaseImage.Raw} of {Describe(stage, model)} cannot be resolved: {why}", evidence: stage.BaseImage.Raw);
            }
        }
    }
}
