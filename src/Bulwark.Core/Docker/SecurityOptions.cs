using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Docker;

/// <summary>
/// Applies one Docker security option (<c>--security-opt</c>, compose <c>security_opt</c>,
/// <c>HostConfig.SecurityOpt</c>) to a profile. The daemon accepts <c>key=value</c>, the deprecated
/// <c>key:value</c> and a bare <c>no-new-privileges</c>, so all three are read.
/// </summary>
public static class SecurityOptions
{
    public static void Apply(ContainerProfile p, string option, SourceSpan? span, SettingOrigin origin = SettingOrigin.Container)
    {
        var (key, value) = Split(option.Trim());
        switch (key)
        {
            case "no-new-privileges":
                // no_new_privs on means privilege escalation is NOT allowed.
                p.AllowPrivilegeEscalation = ParseBool(value) is { } on ? new Setting<bool>(!on, span, origin) : p.AllowPrivilegeEscalation;
                break;
            case "seccomp":
                p.SeccompProfile = new Setting<string>(IsUnconfined(value) ? "Unconfined" : "Localhost", span, origin);
                break;
            case "apparmor":
                p.AppArmorProfile = new Setting<string>(IsUnconfined(value) ? "Unconfined" : "Localhost", span, origin);
                break;
            case "systempaths" when IsUnconfined(value):
                p.ProcMount = new Setting<string>("Unmasked", span, origin);
                break;
        }
    }

    /// <summary>Splits at the first <c>=</c> or <c>:</c>, whichever comes first.</summary>
    public static (string Key, string? Value) Split(string option)
    {
        var at = option.IndexOfAny(['=', ':']);
        return at < 0 ? (option.ToLowerInvariant(), null) : (option[..at].ToLowerInvariant(), option[(at + 1)..]);
    }

    /// <summary>A bare key counts as true, as the daemon reads <c>no-new-privileges</c>; unparseable values are unknown.</summary>
    private static bool? ParseBool(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    private static bool IsUnconfined(string? value) => string.Equals(value?.Trim(), "unconfined", StringComparison.OrdinalIgnoreCase);
}
