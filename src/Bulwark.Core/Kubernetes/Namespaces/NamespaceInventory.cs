using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Kubernetes.Namespaces;

/// <summary>
/// The scan seen by namespace: Namespace objects, and the workloads each namespace holds (objects
/// with no namespace are in the scan's default namespace, as with kubectl).
/// </summary>
public sealed class NamespaceInventory
{
    private readonly Dictionary<string, KubernetesObject> _namespaceObjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PodTemplate>> _workloads = new(StringComparer.Ordinal);

    public NamespaceInventory(AnalysisSession session)
    {
        foreach (var obj in session.Models<KubernetesObject>().Where(o => o.Kind == "Namespace" && o.ApiVersion == "v1"))
        {
            _namespaceObjects.TryAdd(obj.Name, obj);
        }

        DescribesClusterConfiguration = session.Models<KubernetesObject>().Any(o => o.Kind is "Namespace" or "NetworkPolicy");
        foreach (var pod in session.Models<PodTemplate>().Where(IsRunning))
        {
            if (!_workloads.TryGetValue(pod.Owner.Namespace, out var list))
            {
                list = [];
                _workloads[pod.Owner.Namespace] = list;
                WorkloadNamespaces.Add(pod.Owner.Namespace);
            }

            list.Add(pod);
        }
    }

    private static readonly HashSet<string> SystemNamespaces = new(StringComparer.Ordinal) { "kube-system", "kube-public", "kube-node-lease" };

    /// <summary>Namespaces that hold at least one workload, in the order the scan met them.</summary>
    public List<string> WorkloadNamespaces { get; } = [];

    /// <summary>
    /// True when the scan includes cluster configuration (a Namespace or a NetworkPolicy). Without
    /// any, what is missing cannot be judged: namespaces and policies are often managed in another
    /// repository, and failing a lone workload manifest for them is the false positive peers' users
    /// complain about most (Kubescape); the absence rules then stay silent ("not evaluable").
    /// </summary>
    public bool DescribesClusterConfiguration { get; }

    public IReadOnlyCollection<KubernetesObject> NamespaceObjects => _namespaceObjects.Values;

    public KubernetesObject? NamespaceObject(string ns) => _namespaceObjects.GetValueOrDefault(ns);

    public IReadOnlyList<PodTemplate> WorkloadsIn(string ns) => _workloads.GetValueOrDefault(ns) ?? [];

    /// <summary>The namespace's labels: its object's, plus the name label the API server always sets.</summary>
    public IReadOnlyDictionary<string, string> LabelsOf(string ns)
    {
        var labels = new Dictionary<string, string>(KubernetesLabels.Read(NamespaceObject(ns)?.Labels), StringComparer.Ordinal)
        {
            [KubernetesLabels.NamespaceNameLabel] = ns,
        };
        return labels;
    }

    /// <summary>
    /// Where to report something a namespace lacks: its Namespace object's name when the scan has
    /// it, else the name of the first workload in it.
    /// </summary>
    public (KubernetesObject Object, Location Location) AnchorOf(string ns)
    {
        var obj = NamespaceObject(ns) ?? WorkloadsIn(ns)[0].Owner;
        return (obj, obj.At(null));
    }

    /// <summary>Kubernetes' own namespaces: a default deny there cuts off cluster DNS and the control plane.</summary>
    public static bool IsSystem(string ns) => SystemNamespaces.Contains(ns);

    /// <summary>A PodTemplate object only describes pods; every other workload kind runs them.</summary>
    private static bool IsRunning(PodTemplate pod) => pod.Owner.Kind != "PodTemplate";
}
