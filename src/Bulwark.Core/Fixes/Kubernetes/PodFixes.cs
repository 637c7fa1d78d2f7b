using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>Fixes written on the pod spec: token automount, host namespaces, the pod-level seccomp profile.</summary>
internal static class PodFixes
{
    private static readonly string[] HostNamespaceKeys = ["hostNetwork", "hostPID", "hostIPC"];

    /// <summary>Only when the pod says nothing: an explicit <c>true</c> is the author's documented need.</summary>
    public static FixDraft? DisableTokenAutomount(Finding finding, KubernetesFixTarget target, FixOptions options) =>
        target.Pod.Spec["automountServiceAccountToken"] is not null
            ? null
            : new FixDraft("Set automountServiceAccountToken: false on the pod", FixApplicability.Safe,
                [FixOperation.Add(target.PodSpec.Then("automountServiceAccountToken"), FixValue.Bool(false))]);

    public static FixDraft? RemoveHostNamespace(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var key = HostNamespaceKeys.FirstOrDefault(k => k == finding.Evidence);
        return key is not null && target.Pod.Spec.Bool(key) == true
            ? new FixDraft($"Remove {key}", FixApplicability.Unsafe, [FixOperation.Remove(target.PodSpec.Then(key))])
            : null;
    }

    /// <summary>
    /// A missing profile gets RuntimeDefault at pod level (safe: the runtime's default). An explicit
    /// Unconfined is replaced where it is written (unsafe: someone chose it); a legacy annotation is left alone.
    /// </summary>
    public static FixDraft? RuntimeDefaultSeccomp(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var containerProfile = target.Container?.SecurityContext?.Mapping("seccompProfile");
        var podProfile = target.Pod.SecurityContext?.Mapping("seccompProfile");
        if (IsUnconfined(containerProfile))
        {
            return Replace(target.ContainerSecurityContext);
        }

        if (IsUnconfined(podProfile) && (containerProfile is null || target.Container is null))
        {
            return Replace(target.PodSecurityContext);
        }

        return finding.Evidence == "unset" && containerProfile is null && podProfile is null
            ? new FixDraft("Set seccompProfile type RuntimeDefault on the pod", FixApplicability.Safe,
                [FixOperation.Add(target.PodSecurityContext.Then("seccompProfile"), FixValue.Map(("type", FixValue.String("RuntimeDefault"))))])
            : null;
    }

    private static bool IsUnconfined(YamlMapping? profile) =>
        string.Equals(profile?.String("type"), "Unconfined", StringComparison.OrdinalIgnoreCase);

    private static FixDraft Replace(FixPath securityContext) =>
        new("Replace seccomp Unconfined with RuntimeDefault", FixApplicability.Unsafe,
            [FixOperation.Replace(securityContext.Then("seccompProfile", "type"), FixValue.String("RuntimeDefault"))]);
}
