using Bulwark.Engine;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>The ServiceAccount objects of a scan by namespace and name, and how pods use their tokens.</summary>
public sealed class ServiceAccounts
{
    public const string DefaultName = "default";

    private readonly Dictionary<(string Namespace, string Name), KubernetesObject> _accounts = [];

    public ServiceAccounts(AnalysisSession session)
    {
        foreach (var obj in session.Models<KubernetesObject>().Where(o => o.Kind == "ServiceAccount" && o.ApiVersion == "v1"))
        {
            _accounts.TryAdd((obj.Namespace, obj.Name), obj);
        }
    }

    public IEnumerable<KubernetesObject> All => _accounts.Values;

    /// <summary>The ServiceAccount a pod runs as, when the scan has it.</summary>
    public KubernetesObject? Of(PodTemplate pod) => _accounts.GetValueOrDefault((pod.Owner.Namespace, pod.ServiceAccountName));

    public static YamlScalar? AutomountSetting(YamlMapping owner) => owner.Scalar("automountServiceAccountToken");

    /// <summary>Projected volume sources that mount a service-account token explicitly.</summary>
    public static IEnumerable<YamlEntry> ProjectedTokens(PodTemplate pod) =>
        pod.Volumes().Values
            .SelectMany(v => v.Mapping("projected")?.Sequence("sources")?.Mappings ?? [])
            .Select(s => s.Find("serviceAccountToken"))
            .OfType<YamlEntry>();
}
