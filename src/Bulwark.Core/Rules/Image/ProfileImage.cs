using Bulwark.Common;
using Bulwark.Profiles;

namespace Bulwark.Rules.Image;

/// <summary>The image of a container, when it is written out (not empty, not a <c>${VAR}</c> interpolation).</summary>
internal static class ProfileImage
{
    public static bool TryGet(ContainerProfile c, out Setting<string> image, out ImageReference reference)
    {
        image = c.Image!;
        reference = null!;
        if (c.Image is not { } written || string.IsNullOrWhiteSpace(written.Value) || written.Value.Contains("${", StringComparison.Ordinal))
        {
            return false;
        }

        reference = ImageReference.Parse(written.Value);
        return true;
    }
}
