using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// <c>security_opt</c> on a compose service: <c>no-new-privileges:true</c> (RT006) and removing the
/// options that turn confinement off: <c>systempaths=unconfined</c> (RT011), <c>seccomp:unconfined</c>
/// (RT012), <c>apparmor:unconfined</c> (RT013). Docker's defaults then apply again.
/// </summary>
internal static class SecurityOptFixes
{
    private const string Key = "security_opt";

    /// <summary>
    /// Adding the missing option is safe (as <c>allowPrivilegeEscalation: false</c> is); flipping an explicit
    /// <c>no-new-privileges:false</c> overrides a choice, so it is unsafe. None while privileged or adding SYS_ADMIN.
    /// </summary>
    public static ComposeDraft? NoNewPrivileges(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        const string title = "Set no-new-privileges:true";
        var p = target.Profile;
        if (p.Privileged?.Value == true || Capabilities.AddsSysAdmin(p))
        {
            return null;
        }

        var value = FixValue.String(ComposeHardening.NoNewPrivileges);
        if (p.AllowPrivilegeEscalation is null)
        {
            return new ComposeDraft(title, FixApplicability.Safe, [FixOperation.Add(target.Own.Then(Key, FixPath.Append), value)]);
        }

        return ServiceEdits.ReplaceItem(target, Key, o => Option(o) is ("no-new-privileges", "false" or "0"), value, title);
    }

    public static ComposeDraft? RemoveUnmasked(Finding finding, ComposeFixTarget target, HardenDefaults d) => RemoveUnconfined(target, "systempaths");

    public static ComposeDraft? RemoveSeccompUnconfined(Finding finding, ComposeFixTarget target, HardenDefaults d) => RemoveUnconfined(target, "seccomp");

    public static ComposeDraft? RemoveAppArmorUnconfined(Finding finding, ComposeFixTarget target, HardenDefaults d) => RemoveUnconfined(target, "apparmor");

    private static ComposeDraft? RemoveUnconfined(ComposeFixTarget target, string kind)
    {
        bool Unconfined(string option) => Option(option) == (kind, "unconfined");
        return ServiceEdits.RemoveItem(target, Key, Unconfined, Unconfined, $"Remove {kind}:unconfined");
    }

    /// <summary>The option's key and value as the daemon reads them (any spelling, <c>:</c> or <c>=</c>).</summary>
    private static (string Key, string? Value) Option(string option)
    {
        var (key, value) = SecurityOptions.Split(option.Trim());
        return (key, value?.Trim().ToLowerInvariant());
    }
}
