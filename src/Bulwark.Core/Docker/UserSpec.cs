using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Docker;

/// <summary>Reads Docker's <c>&lt;name|uid&gt;[:&lt;group|gid&gt;]</c> user format into a profile.</summary>
public static class UserSpec
{
    public static void Apply(ContainerProfile p, string user, SourceSpan? span, SettingOrigin origin = SettingOrigin.Container)
    {
        var text = user.Trim();
        if (text.Length == 0)
        {
            return;
        }

        // An interpolated user (${UID}:${GID}) is set but unknown: non-root by name only, like a user name.
        var colon = text.Contains('$', StringComparison.Ordinal) ? -1 : text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var group = colon < 0 ? null : text[(colon + 1)..];
        if (Id(name) is { } uid)
        {
            p.RunAsUser = new Setting<long>(uid, span, origin);
        }
        else
        {
            p.UserName = new Setting<string>(name, span, origin);
        }

        if (group is not null && (Id(group) ?? (group == "root" ? 0 : null)) is { } gid)
        {
            p.RunAsGroup = new Setting<long>(gid, span, origin);
        }
    }

    private static long? Id(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
