using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>K8S011: marks a secret volumeMount read-only.</summary>
internal static class SecretMountFixes
{
    /// <summary>
    /// Safe: the kubelet mounts secret volumes read-only whatever the mount says, so the flag changes
    /// nothing at runtime. The mount is the one whose mapping holds the finding.
    /// </summary>
    public static FixDraft? ReadOnlySecretMount(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var mounts = target.Container?.Node.Sequence("volumeMounts")?.Items ?? [];
        var index = IndexHolding(mounts, finding.Location.Span);
        if (index < 0 || mounts[index] is not YamlMapping mount)
        {
            return null;
        }

        var path = target.ContainerPath.Then("volumeMounts").Then(index).Then("readOnly");
        var operation = mount["readOnly"] is null ? FixOperation.Add(path, FixValue.Bool(true)) : FixOperation.Replace(path, FixValue.Bool(true));
        return new FixDraft("Set readOnly: true on the secret volumeMount", FixApplicability.Safe, [operation]);
    }

    private static int IndexHolding(IReadOnlyList<YamlNode> mounts, SourceSpan? span)
    {
        for (var i = 0; i < mounts.Count; i++)
        {
            if (span is { } s && s.Start.Offset >= mounts[i].Span.Start.Offset && s.Start.Offset <= mounts[i].Span.End.Offset)
            {
                return i;
            }
        }

        return -1;
    }
}
