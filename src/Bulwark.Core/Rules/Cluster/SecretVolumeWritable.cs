using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;
using Bulwark.Yaml;

namespace Bulwark.Rules.Cluster;

public sealed class SecretVolumeWritable : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S011",
        Name = "secret-volume-writable",
        DefaultSeverity = Severity.Low,
        Practice = Practices.SecretsManagement,
        Title = "Secret volume mounted without readOnly: true",
        Description = "Reports `volumeMounts` of a `secret` volume, or of a `projected` volume with a `secret` source, that do not set `readOnly: true`, in every container kind.",
        Rationale = "The seed mounts secrets read-only. Kubernetes 1.10 and later mount secret volumes read-only whatever the mount says, so this is low: `readOnly: true` states the intent in the manifest, keeps it true on other runtimes and satisfies admission policies that look for it.",
        Remediation = "Add `readOnly: true` to the volumeMount.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials],
        Mitre = [Taxonomy.MitreUnsecuredCredentials],
        Example = "volumeMounts:\n- name: secret-volume\n  mountPath: /secrets",
        UseInstead = "volumeMounts:\n- name: secret-volume\n  mountPath: /secrets\n  readOnly: true",
        Fix = FixAvailability.Safe,
        FixNote = "The kubelet already mounts secret volumes read-only, so adding the flag changes nothing at runtime.",
        References = ["[Using Secrets as files from a Pod](https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var pod in session.Models<PodTemplate>())
        {
            var secretVolumes = pod.Volumes().Where(v => HoldsSecret(v.Value)).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var container in pod.AllContainers())
            {
                foreach (var mount in container.Node.Sequence("volumeMounts")?.Mappings ?? [])
                {
                    Check(pod, container, mount, secretVolumes, context);
                }
            }
        }
    }

    private static void Check(PodTemplate pod, ContainerView container, YamlMapping mount, HashSet<string> secretVolumes, RuleContext context)
    {
        if (mount.String("name") is not { } name || !secretVolumes.Contains(name) || mount.Bool("readOnly") == true)
        {
            return;
        }

        var owner = pod.Owner;
        var path = mount.String("mountPath") ?? "(no mountPath)";
        var fix = new FixSuggestion(FixApplicability.Safe, "Set readOnly: true on the secret volumeMount");
        var how = mount["readOnly"] is null ? "without readOnly: true" : "with readOnly: false";
        var message = $"container \"{container.Name}\" mounts secret volume \"{name}\" at {path} {how}";
        context.Report(owner.At((mount["readOnly"] ?? mount).Span), message, owner.Ref, container.Name, evidence: name, fix: fix);
    }

    private static bool HoldsSecret(YamlMapping volume) =>
        volume["secret"] is not null
        || volume.Mapping("projected")?.Sequence("sources")?.Mappings.Any(s => s["secret"] is not null) == true;
}
