using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Fixes.Compose;

/// <summary>RT002 and RT003 on a compose service: <c>cap_drop: [ALL]</c>, and removing <c>cap_add</c> entries.</summary>
internal static class CapabilityFixes
{
    /// <summary>Safe only when nothing is added: a service that adds capabilities relies on them (as for Kubernetes).</summary>
    public static ComposeDraft? DropAll(Finding finding, ComposeFixTarget target, HardenDefaults d) =>
        target.Profile.CapAdd.Count > 0 || Capabilities.DropsAll(target.Profile)
            ? null
            : new ComposeDraft("Drop all capabilities", FixApplicability.Safe,
                [FixOperation.Add(target.Own.Then("cap_drop", FixPath.Append), FixValue.String(ComposeHardening.DropAll))]);

    /// <summary>Removes the reported capability; when every capability in its list is disallowed, the whole <c>cap_add</c> goes.</summary>
    public static ComposeDraft? RemoveAdded(Finding finding, ComposeFixTarget target, HardenDefaults d)
    {
        var allowed = target.RuleOptions.AllowedCapabilities.Select(Capabilities.Normalize).ToHashSet(StringComparer.Ordinal);
        return ServiceEdits.RemoveItem(target, "cap_add", cap => Capabilities.Normalize(cap) == finding.Evidence,
            cap => !allowed.Contains(Capabilities.Normalize(cap)), $"Remove capability {finding.Evidence}");
    }
}
