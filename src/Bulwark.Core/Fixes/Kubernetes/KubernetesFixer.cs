using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>Kubernetes fixes: one producer per fixable rule, writing at pod or container level as the API allows.</summary>
public sealed class KubernetesFixer : ISurfaceFixer
{
    private static readonly Dictionary<string, Func<Finding, KubernetesFixTarget, FixOptions, FixDraft?>> Producers = new(StringComparer.Ordinal)
    {
        ["K8S001"] = PodFixes.DisableTokenAutomount,
        ["K8S011"] = SecretMountFixes.ReadOnlySecretMount,
        ["RT001"] = IdentityFixes.RunAsNonRoot,
        ["RT002"] = ContainerFixes.DropAllCapabilities,
        ["RT003"] = ContainerFixes.RemoveAddedCapability,
        ["RT004"] = FilesystemFixes.ReadOnlyRoot,
        ["RT005"] = ResourceFixes.AddLimits,
        ["RT006"] = ContainerFixes.DisablePrivilegeEscalation,
        ["RT007"] = ContainerFixes.RemovePrivileged,
        ["RT008"] = PodFixes.RemoveHostNamespace,
        ["RT009"] = ContainerFixes.RemoveHostPort,
        ["RT012"] = PodFixes.RuntimeDefaultSeccomp,
    };

    /// <summary>The rules this surface can fix.</summary>
    public static IReadOnlyCollection<string> Rules => Producers.Keys;

    public FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options)
    {
        if (!Producers.TryGetValue(finding.Rule.Id, out var produce) || KubernetesFixTarget.Locate(finding, session) is not { } target)
        {
            return null;
        }

        if (produce(finding, target, options) is not { Operations.Count: > 0 } draft)
        {
            return null;
        }

        return new YamlFix(finding.Location.File, finding.Rule.Id, draft.Title, draft.Applicability, target.Pod.Owner.Root, draft.Operations)
        {
            At = finding.Location.Span,
        };
    }
}
