using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Rules.Image;

public sealed class UntrustedRegistry : ContainerRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IMG003",
        Name = "untrusted-registry",
        DefaultSeverity = Severity.High,
        Practice = Practices.ImagePinned,
        Title = "Image comes from an untrusted registry",
        Description = "When `options.trusted-registries` is configured, reports images from any other registry (matched by host, or host/path prefix on whole segments). Does nothing when no trusted registries are configured. In Dockerfiles it judges each stage's external `FROM` image and `COPY --from=<image>`, ARGs resolved through their defaults.",
        Rationale = "Images from registries outside your control bypass your scanning, signing and provenance checks; a typo-squatted or compromised public image runs with your workload's access.",
        Remediation = "Mirror the image into a trusted registry and reference it there, or add the registry to `trusted-registries`.",
        Surfaces = Surfaces.Containers | Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweTrustBoundary],
        Mitre = [Taxonomy.MitreImplantImage, Taxonomy.MitreSupplyChain],
        Example = "image: randomuser/tool:1.0",
        UseInstead = "image: registry.example.com/mirror/tool:1.0",
    };

    public override void Run(AnalysisSession session, RuleContext context)
    {
        base.Run(session, context);
        var trusted = context.Options.TrustedRegistries;
        if (trusted.Count == 0)
        {
            return;
        }

        foreach (var image in DockerfileImage.All(session.Models<DockerfileModel>()).Where(i => !i.Reference.IsFrom(trusted)))
        {
            context.Report(image.Location, $"{image.Subject} is not from a trusted registry ({image.Reference.EffectiveRegistry})", image.Object, evidence: image.Reference.FullName);
        }
    }

    public override void Check(ContainerProfile c, RuleContext context)
    {
        var trusted = context.Options.TrustedRegistries;
        if (trusted.Count == 0 || !ProfileImage.TryGet(c, out var image, out var reference))
        {
            return;
        }

        if (!reference.IsFrom(trusted))
        {
            context.Report(c.At(image.Span), $"{c.Subject()} image {image.Value} is not from a trusted registry ({reference.EffectiveRegistry})", c.Object, c.Name, evidence: reference.FullName);
        }
    }
}
