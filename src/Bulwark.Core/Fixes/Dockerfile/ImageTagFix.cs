using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// IMG001 in a Dockerfile: an untagged or <c>latest</c> image (FROM or <c>COPY --from</c>) gets the tag
/// the config names for it (<c>fix.image-tags</c>). Without one there is no fix here and the rule's
/// display-only suggestion stands: the right version cannot be known offline.
/// </summary>
internal static class ImageTagFix
{
    public static DockerfileFixDraft? For(Finding finding, DockerfileModel model, FixOptions options)
    {
        var image = DockerfileImage.Of(model).FirstOrDefault(i => i.Span == finding.Location.Span);
        if (image is null || options.TagFor(image.Reference) is not { } tag)
        {
            return null;
        }

        var span = image.Span;
        var written = model.File.Text.Substring(span.Start.Offset, span.Length);
        var title = $"Pin {image.Reference.Repository} to :{tag} (fix.image-tags)";
        if (written.IndexOfAny(['$', '"', '\'']) >= 0)
        {
            return DockerfileFixDraft.Refused(title, FixApplicability.Safe, "the image name comes from a variable or is quoted; pin it where it is defined");
        }

        return new DockerfileFixDraft(title, FixApplicability.Safe, [new TextEdit(span.Start.Offset, span.End.Offset, WithoutTag(written) + ":" + tag)]);
    }

    /// <summary><c>nginx:latest</c> → <c>nginx</c>; a registry port (<c>host:5000/app</c>) is not a tag.</summary>
    private static string WithoutTag(string image) =>
        ImageReference.Parse(image).Tag is null ? image : image[..image.LastIndexOf(':')];
}
