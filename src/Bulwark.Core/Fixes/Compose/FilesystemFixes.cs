using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// RT004 on a compose service: <c>read_only: true</c> plus a tmpfs at /tmp with compose-harden's
/// options (<c>/tmp:rw,noexec,nosuid</c>), unless something is already mounted at /tmp.
/// </summary>
internal static class FilesystemFixes
{
    public static ComposeDraft? ReadOnlyRoot(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        var ops = new List<FixOperation>();
        var readOnly = target.Profile.ReadOnlyRootFilesystem?.Value == true;
        if (!readOnly)
        {
            ops.Add(ServiceEdits.Set(target, FixValue.Bool(true), "read_only"));
        }

        if (!ComposeHardening.HasTmpMount(target.Profile))
        {
            ops.Add(FixOperation.Add(target.Own.Then("tmpfs", FixPath.Append), FixValue.String(ComposeHardening.TmpfsSpec(d))));
        }

        // Read-only with a read-only or bind mount at /tmp: a second mount there would clash.
        if (ops.Count == 0)
        {
            return null;
        }

        var title = readOnly ? "Mount a writable tmpfs at /tmp" : "Make the root filesystem read-only and mount a writable tmpfs at /tmp";
        return new ComposeDraft(title, FixApplicability.Unsafe, ops);
    }
}
