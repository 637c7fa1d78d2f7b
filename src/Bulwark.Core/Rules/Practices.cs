namespace Bulwark.Rules;

/// <summary>The seed guide's practices (plus Bulwark's own suppression hygiene); every rule names exactly one of these.</summary>
public static class Practices
{
    public const string ImageMinimalBase = "image.minimal-base";
    public const string ImageVulnerabilityScan = "image.vulnerability-scan";
    public const string ImageMultiStage = "image.multi-stage";
    public const string ImagePinned = "image.pinned";
    public const string RuntimeNonRoot = "runtime.non-root";
    public const string RuntimeCapabilities = "runtime.capabilities";
    public const string RuntimeReadOnlyRoot = "runtime.read-only-root";
    public const string RuntimeResourceLimits = "runtime.resource-limits";
    public const string RuntimeNoNewPrivileges = "runtime.no-new-privileges";
    public const string RuntimeIsolation = "runtime.isolation";
    public const string NetworkPolicies = "network.policies";
    public const string NetworkIsolation = "network.isolation";
    public const string SecretsNotInImage = "secrets.not-in-image";
    public const string SecretsManagement = "secrets.management";
    public const string MonitoringLogging = "monitoring.logging";
    public const string MonitoringRuntime = "monitoring.runtime";
    public const string K8sPodSecurity = "k8s.pod-security";
    public const string K8sServiceAccounts = "k8s.service-accounts";

    /// <summary>Not a seed practice: Bulwark's own suppression hygiene (the BW rules), so it can be selected or ignored as one.</summary>

    public static readonly IReadOnlyList<string> All =
    [
        ImageMinimalBase, ImageVulnerabilityScan, ImageMultiStage, ImagePinned, RuntimeNonRoot,
        RuntimeCapabilities, RuntimeReadOnlyRoot, RuntimeResourceLimits, RuntimeNoNewPrivileges,
        RuntimeIsolation, NetworkPolicies, NetworkIsolation, SecretsNotInImage, SecretsManagement,
        MonitoringLogging, MonitoringRuntime, K8sPodSecurity, K8sServiceAccounts,
    ];
}
