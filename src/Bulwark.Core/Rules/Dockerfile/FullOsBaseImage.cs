using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class FullOsBaseImage : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF002",
        Name = "full-os-base-image",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImageMinimalBase,
        Title = "Final image is built on a full OS image",
        Description = "Looks at the image the final stage is built on (following `FROM <stage>` back to the external image) and reports general-purpose distributions (`ubuntu`, `debian`, `centos`, `fedora`, `amazonlinux`, `rockylinux`, `almalinux`, `oraclelinux`, `opensuse`, `archlinux`, UBI, Windows Server Core, `buildpack-deps`) and language images whose default variant is full Debian (`python`, `node`, `ruby`, `perl`, `php`, `erlang`, `elixir`) unless the name or tag says slim, alpine, minimal, micro, distroless or chiselled. Builder stages are not judged: only the final stage ships. SDK images are reported by DF003.",
        Rationale = "A full OS image brings a shell, a package manager, compilers and hundreds of packages the application never uses: each is attack surface for an intruder and a source of CVEs to patch. The seed: prefer distroless or Alpine, avoid full OS images like ubuntu:latest or debian:latest unless specific packages are required.",
        Remediation = "Build in a builder stage and copy the result onto a minimal base: `gcr.io/distroless/*`, `alpine`, a `-slim` variant, a chiselled image or `scratch` for static binaries.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreImplantImage],
        Example = "FROM ubuntu:22.04\nCOPY app /app",
        UseInstead = "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        if (model.FinalStage is not { } final || final.Root is not { IsScratch: false, BaseImage.Expanded.IsResolved: true } root)
        {
            return;
        }

        var image = root.BaseImage!.Value;
        if (BaseImages.Parse(image) is { } reference && BaseImages.IsFullOs(reference) && !BaseImages.IsSdk(reference))
        {
            var through = root == final ? string.Empty : $" (through stage {root.DisplayName})";
            Report(context, model, root.BaseImage.Span, final, $"final stage runs on the full OS image {image}{through}; use a distroless, alpine, slim or chiselled base", evidence: image);
        }
    }
}
