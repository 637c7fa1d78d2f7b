using Bulwark.Diagnostics;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>RT007 and RT008 on a compose service: removing <c>privileged: true</c> and host namespaces.</summary>
internal static class IsolationFixes
{
    private static readonly string[] HostNamespaceKeys = ["network_mode", "pid", "ipc"];

    /// <summary>Removed where written; inherited from another file it is overridden with <c>privileged: false</c>, as compose-harden does.</summary>
    public static ComposeDraft? RemovePrivileged(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        const string title = "Remove privileged: true";
        if (target.Service.Find("privileged") is not { } found)
        {
            return null;
        }

        return target.PathOf(found.Layer).Path is null
            ? new ComposeDraft(title, FixApplicability.Unsafe, [FixOperation.Add(target.Own.Then("privileged"), FixValue.Bool(false))])
            : ServiceEdits.Remove(target, found, "privileged", title);
    }

    /// <summary>The finding's evidence names the key (<c>network_mode: host</c>); there is no neutral value to override it with.</summary>
    public static ComposeDraft? RemoveHostNamespace(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        var key = HostNamespaceKeys.FirstOrDefault(k => finding.Evidence == $"{k}: host");
        return key is not null && target.Service.Find(key) is { } found
            ? ServiceEdits.Remove(target, found, key, $"Remove {key}: host")
            : null;
    }
}
