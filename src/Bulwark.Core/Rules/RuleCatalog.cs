using Bulwark.Rules.Cluster;
using Bulwark.Rules.Docker;
using Bulwark.Rules.Dockerfile;
using Bulwark.Rules.Image;
using Bulwark.Rules.Kubernetes;
using Bulwark.Rules.Policy;
using Bulwark.Rules.PodSecurity;
using Bulwark.Rules.Runtime;
using Bulwark.Rules.Secrets;

namespace Bulwark.Rules;

/// <summary>
/// Every rule, in ID order. A plain list (no reflection) keeps the CLI Native-AOT friendly; a
/// catalogue test checks IDs are unique, names kebab-case and docs current.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<ISessionRule> All { get; } =
    [
        new UnusedSuppression(),
        new InvalidSuppression(),
        new BaseImageUnresolvable(),
        new FullOsBaseImage(),
        new BuildToolsInFinalStage(),
        new FinalStageRunsAsRoot(),
        new NonNumericUser(),
        new SecretInBuildVariable(),
        new SecretFileCopied(),
        new CredentialInRun(),
        new AddRemoteUrl(),
        new RemoteScriptPipedToShell(),
        new TlsVerificationDisabled(),
        new UnsignedPackagesAllowed(),
        new SudoUsed(),
        new SshPortExposed(),
        new InsecureFilePermissions(),
        new PackageCacheInLayer(),
        new PackageUpgradeInBuild(),
        new MissingHealthcheck(),
        new AddInsteadOfCopy(),
        new UnboundedLogging(),
        new BackendNotOnInternalNetwork(),
        new PortOnAllInterfaces(),
        new RestartWithoutLimit(),
        new SecretEnvInsteadOfComposeSecret(),
        new ImageMutableTag(),
        new ImageNotPinnedToDigest(),
        new UntrustedRegistry(),
        new ServiceAccountTokenAutomount(),
        new NamespacePodSecurityNotEnforced(),
        new NamespacePodSecurityLabelInvalid(),
        new NamespaceManifestMissing(),
        new DefaultDenyIngressMissing(),
        new DefaultDenyEgressMissing(),
        new WorkloadNotSelectedByNetworkPolicy(),
        new NetworkPolicyAllowsAllIngress(),
        new ConfigMapContainsCredential(),
        new SecretManifestLiteralData(),
        new SecretVolumeWritable(),
        new PodSecurityStandardViolation(),
        new RunAsRoot(),
        new CapabilitiesNotDropped(),
        new CapabilitiesAdded(),
        new WritableRootFilesystem(),
        new MissingResourceLimits(),
        new PrivilegeEscalationAllowed(),
        new PrivilegedContainer(),
        new HostNamespaces(),
        new HostPort(),
        new HostPathMount(),
        new UnmaskedProcMount(),
        new SeccompUnconfined(),
        new AppArmorUnconfined(),
        new SecretInEnvLiteral(),
        new SecretInEnvReference(),
    ];

    /// <summary>Finds a rule by ID or name (case-insensitive).</summary>
    public static ISessionRule? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Metadata.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Metadata.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
