using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// RT001 on a compose service: <c>user: "1000:1000"</c> (the seed's <c>--user 1000:1000</c>) where the
/// service sets no user or root; a root group alone is replaced keeping the user; <c>group_add</c>
/// entries for root are removed. Unsafe: images that write root-owned paths break.
/// </summary>
internal static class IdentityFixes
{
    public static ComposeDraft? NonRootUser(Finding finding, ComposeFixTarget target, HardenDefaults d) => finding.Evidence switch
    {
        // user: "0:0" is reported twice (uid and gid); both findings get the same edit.
        "user=unset" or "uid=0" or "user=root" or "gid=0" when ComposeHardening.NeedsUser(target.Profile) =>
            new ComposeDraft($"Run as user {d.User}", FixApplicability.Unsafe, [ServiceEdits.Set(target, User(d.User), "user")]),
        "gid=0" => NonRootGroup(target, d),
        "fsGroup=0" => ServiceEdits.RemoveItem(target, "group_add", IsRoot, IsRoot, "Remove the root supplementary group"),
        _ => null,
    };

    /// <summary><c>user: "app:0"</c> becomes <c>"app:1000"</c>: the user was chosen, only the group is root.</summary>
    private static ComposeDraft? NonRootGroup(ComposeFixTarget target, HardenDefaults d)
    {
        var user = target.Service.Scalar("user")?.Text;
        var colon = user?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        var group = d.User[(d.User.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return colon <= 0
            ? null
            : new ComposeDraft($"Run with group {group}", FixApplicability.Unsafe, [ServiceEdits.Set(target, User($"{user![..colon]}:{group}"), "user")]);
    }

    // Quoted, as compose's docs write it: a plain 1000:1000 is a base-60 number to YAML 1.1 readers.
    private static FixScalar User(string user) => FixValue.String(user, quoted: true);

    private static bool IsRoot(string group) => group.Trim() is "0" or "root";
}
