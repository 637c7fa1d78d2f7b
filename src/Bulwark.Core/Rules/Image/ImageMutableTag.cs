using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Rules.Image;

public sealed class ImageMutableTag : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IMG001",
        Name = "image-mutable-tag",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImagePinned,
        Title = "Image has no tag or uses latest",
        Description = "Reports container images with no tag or the `latest` tag and no digest, and images whose digest is malformed (not `sha256:` followed by 64 hex digits, or sha384/sha512 of the right length). In Dockerfiles it judges every external image the build pulls: each stage's `FROM` (not `FROM <stage>`, not `scratch`) and `COPY --from=<image>`, with ARGs resolved through their defaults as BuildKit does (an ARG without a default is DF001's). Repositories that publish no version tags (`gcr.io/distroless/*`, `cgr.dev/chainguard/*`) are left to IMG002, since only a digest can pin them.",
        Rationale = "`latest` and untagged references change under you: a rebuilt or hijacked upstream image is deployed silently, and two nodes can run different code. A malformed digest fails at pull time.",
        Remediation = "Pin a specific version tag (`nginx:1.25.4-alpine`), better a digest (`nginx@sha256:...`).",
        Surfaces = Surfaces.Containers | Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreImplantImage, Taxonomy.MitreSupplyChain],
        Example = "image: nginx:latest",
        UseInstead = "image: nginx:1.25.4-alpine@sha256:<64 hex digits>",
        Fix = FixAvailability.DisplayOnly,
        FixNote = "The right version cannot be known without registry access, so the fix is only suggested, unless the config names the tag: with `fix.image-tags` (`{nginx: 1.27-alpine}`) an untagged or `latest` image in a Dockerfile (FROM or `COPY --from`) is pinned to it as a safe fix, because the version is then the user's own decision. An image name that comes from an ARG is not edited (pin the ARG's default).",
    };

    public override void Run(AnalysisSession session, RuleContext context)
    {
        base.Run(session, context);
        foreach (var image in DockerfileImage.All(session.Models<DockerfileModel>()))
        {
            CheckDockerfile(image, context);
        }
    }

    private static void CheckDockerfile(DockerfileImage image, RuleContext context)
    {
        var reference = image.Reference;
        if (reference.HasDigest && !reference.DigestIsValid)
        {
            context.Report(image.Location, $"{image.Subject} has a malformed digest", image.Object, severity: Severity.High, evidence: image.Image);
        }
        else if (RollingTagImages.IsMutableTag(reference))
        {
            var what = reference.Tag is null ? "has no tag" : "uses the latest tag";
            var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Pin the image to a version tag and digest");
            context.Report(image.Location, $"{image.Subject} {what}", image.Object, evidence: image.Image, fix: fix);
        }
    }

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (!ProfileImage.TryGet(c, out var image, out var reference))
        {
            return;
        }

        if (reference.HasDigest && !reference.DigestIsValid)
        {
            context.Report(c.At(image.Span), $"{c.Subject()} image {image.Value} has a malformed digest", c.Object, c.Name, Severity.High, image.Value);
        }
        else if (RollingTagImages.IsMutableTag(reference))
        {
            var what = reference.Tag is null ? "has no tag" : "uses the latest tag";
            var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Pin the image to a version tag and digest");
            context.Report(c.At(image.Span), $"{c.Subject()} image {image.Value} {what}", c.Object, c.Name, evidence: image.Value, fix: fix);
        }
    }
}
