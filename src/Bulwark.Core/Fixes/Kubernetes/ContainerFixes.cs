using Bulwark.Diagnostics;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>Fixes on a container's securityContext and ports (fields the pod-level securityContext does not have).</summary>
internal static class ContainerFixes
{
    /// <summary>Safe only when nothing is added: a container that adds capabilities relies on them.</summary>
    public static FixDraft? DropAllCapabilities(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        if (target.Container is null || AddedCapabilities(target.Container.SecurityContext) is { Count: > 0 })
        {
            return null;
        }

        return new FixDraft("Drop all capabilities", FixApplicability.Safe,
            [FixOperation.Add(target.ContainerSecurityContext.Then("capabilities", "drop", FixPath.Append), FixValue.String("ALL"))]);
    }

    /// <summary>Removes the reported capability; when every added one is disallowed, the whole <c>add</c> goes.</summary>
    public static FixDraft? RemoveAddedCapability(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        if (target.Container is null || AddedCapabilities(target.Container.SecurityContext) is not { Count: > 0 } add)
        {
            return null;
        }

        var allowed = target.RuleOptions.AllowedCapabilities.Select(Capabilities.Normalize).ToHashSet(StringComparer.Ordinal);
        var index = add.Items.ToList().FindIndex(i => i is YamlScalar s && Capabilities.Normalize(s.Value) == finding.Evidence);
        if (index < 0)
        {
            return null;
        }

        var addPath = target.ContainerSecurityContext.Then("capabilities", "add");
        var allDisallowed = add.Items.All(i => i is YamlScalar s && !allowed.Contains(Capabilities.Normalize(s.Value)));
        return new FixDraft($"Remove capability {finding.Evidence}", FixApplicability.Unsafe,
            [FixOperation.Remove(allDisallowed ? addPath : addPath.Then(index))]);
    }

    /// <summary>Adding the missing setting is safe; flipping an explicit <c>true</c> overrides a choice, so it is unsafe.</summary>
    public static FixDraft? DisablePrivilegeEscalation(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var sc = target.Container?.SecurityContext;
        if (target.Container is null || sc?.Bool("privileged") == true || AddsSysAdmin(sc))
        {
            return null;
        }

        var path = target.ContainerSecurityContext.Then("allowPrivilegeEscalation");
        return sc?["allowPrivilegeEscalation"] switch
        {
            null => new FixDraft("Disable privilege escalation", FixApplicability.Safe, [FixOperation.Add(path, FixValue.Bool(false))]),
            YamlScalar s when s.AsBool() == true => new FixDraft("Disable privilege escalation", FixApplicability.Unsafe, [FixOperation.Replace(path, FixValue.Bool(false))]),
            _ => null,
        };
    }

    public static FixDraft? RemovePrivileged(Finding finding, KubernetesFixTarget target, FixOptions options) =>
        target.Container?.SecurityContext?.Bool("privileged") == true
            ? new FixDraft("Remove privileged: true", FixApplicability.Unsafe, [FixOperation.Remove(target.ContainerSecurityContext.Then("privileged"))])
            : null;

    public static FixDraft? RemoveHostPort(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var ports = target.Container?.Node.Sequence("ports")?.Items.ToList() ?? [];
        var index = ports.FindIndex(p => p is YamlMapping m && m["hostPort"] is { } hp && hp.Span == finding.Location.Span);
        return index < 0
            ? null
            : new FixDraft("Remove hostPort", FixApplicability.Unsafe, [FixOperation.Remove(target.ContainerPath.Then("ports").Then(index).Then("hostPort"))]);
    }

    private static YamlSequence? AddedCapabilities(YamlMapping? securityContext) =>
        securityContext?.Mapping("capabilities")?.Sequence("add");

    private static bool AddsSysAdmin(YamlMapping? securityContext) =>
        AddedCapabilities(securityContext)?.Scalars.Any(s => Capabilities.Normalize(s.Value) is "SYS_ADMIN" or "ALL") == true;
}
