using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Rules.Image;

public sealed class ImageNotPinnedToDigest : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IMG002",
        Name = "image-not-pinned-to-digest",
        DefaultSeverity = Severity.Low,
        Practice = Practices.ImagePinned,
        Title = "Image is not pinned to a digest",
        Description = "Reports container images referenced by a version tag without a digest. (Untagged and `latest` images are reported by IMG001 instead, except for repositories that publish no version tags, such as `gcr.io/distroless/*`, which only a digest can pin.) In Dockerfiles it judges each stage's external `FROM` image and `COPY --from=<image>`, ARGs resolved through their defaults.",
        Rationale = "Tags are mutable: the registry owner (or an attacker with push access) can move `1.25.4` to different content. Only a digest names immutable content.",
        Remediation = "Append the digest of the tested image: `nginx:1.25.4-alpine@sha256:...`.",
        Surfaces = Surfaces.Containers | Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreImplantImage, Taxonomy.MitreSupplyChain],
        Example = "image: nginx:1.25.4-alpine",
        UseInstead = "image: nginx:1.25.4-alpine@sha256:<64 hex digits>",
        Fix = FixAvailability.DisplayOnly,
        FixNote = "The digest cannot be known without registry access, so the fix is only suggested.",
    };

    public override void Run(AnalysisSession session, RuleContext context)
    {
        base.Run(session, context);
        foreach (var image in DockerfileImage.All(session.Models<DockerfileModel>()))
        {
            if (RollingTagImages.NeedsDigest(image.Reference))
            {
                var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Append the image digest");
                context.Report(image.Location, $"{image.Subject} is not pinned to a digest", image.Object, evidence: image.Image, fix: fix);
            }
        }
    }

    public override void Check(ContainerProfile c, RuleContext context)
    {
        if (!ProfileImage.TryGet(c, out var image, out var reference))
        {
            return;
        }

        if (RollingTagImages.NeedsDigest(reference))
        {
            var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Append the image digest");
            context.Report(c.At(image.Span), $"{c.Subject()} image {image.Value} is not pinned to a digest", c.Object, c.Name, evidence: image.Value, fix: fix);
        }
    }
}
