using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes.Namespaces;

namespace Bulwark.Rules.Cluster;

/// <summary>
/// The "not evaluable" case of K8S002: without the Namespace object its labels are unknown, so this
/// says so once per namespace (on its first workload) instead of guessing either way.
/// </summary>
public sealed class NamespaceManifestMissing : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S004",
        Name = "namespace-manifest-missing",
        DefaultSeverity = Severity.Low,
        Practice = Practices.K8sPodSecurity,
        Title = "Workloads are deployed to a namespace the scan does not define",
        Description = "Reports, once per namespace and on its first workload, namespaces that hold workloads in the scan but have no Namespace object in it, so their Pod Security labels cannot be checked. Objects without `metadata.namespace` belong to `default` (or to `--namespace NAME`). Evaluated only when the scan includes cluster configuration (a Namespace or NetworkPolicy object); a lone workload manifest is not judged for what lives elsewhere.",
        Rationale = "Pod Security Admission is configured on the Namespace. When the manifests never define it, nothing in review shows whether the namespace enforces `restricted`; the `default` namespace, where unnamespaced objects land, enforces nothing unless someone labelled it.",
        Remediation = "Add the Namespace manifest with `pod-security.kubernetes.io/enforce: restricted` to the scan, or disable this rule where namespaces are managed elsewhere.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweIncorrectDefaultPermissions],
        Mitre = [Taxonomy.MitreDeployContainer],
        Example = "kind: Deployment\nmetadata:\n  name: web\n  namespace: shop",
        UseInstead = "kind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n---\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop",
        References = ["[Cluster rules](../cluster.md)"],
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var inventory = new NamespaceInventory(session);
        if (!inventory.DescribesClusterConfiguration)
        {
            return;
        }

        foreach (var ns in inventory.WorkloadNamespaces.Where(n => inventory.NamespaceObject(n) is null))
        {
            var workloads = inventory.WorkloadsIn(ns);
            var first = workloads[0].Owner;
            var message = $"namespace \"{ns}\" holds {Count(workloads.Count)} but no Namespace object in this scan, so its Pod Security labels cannot be checked";
            context.Report(first.At(null), message, first.Ref, evidence: ns);
        }
    }

    private static string Count(int workloads) => workloads == 1 ? "1 workload" : $"{workloads} workloads";
}
