using Bulwark.Diagnostics;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class NetworkRuleTests
{
    private static readonly string[] NetworkRules = ["K8S005", "K8S006", "K8S007", "K8S008"];

    private const string OpenFrontend = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: public-frontend
        spec:
          podSelector:
            matchLabels:
              app: frontend
          ingress:
          - ports:
            - port: 443
        """;

    [Fact]
    public void Seed_policies_leave_only_egress_open()
    {
        var findings = ClusterScan.Text(SeedManifests.Join(SeedManifests.DenyAllIngress, SeedManifests.AllowSpecific, SeedManifests.Workloads), NetworkRules);
        var finding = Assert.Single(findings);
        Assert.Equal("K8S006", finding.Rule.Id);
        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void Without_policies_the_namespace_is_reported_once_not_each_workload()
    {
        var findings = ClusterScan.Text(SeedManifests.Join(SeedManifests.Workloads, ClusterConfigElsewhere), NetworkRules);
        Assert.Equal(["K8S005", "K8S006"], findings.Select(f => f.Rule.Id));
        var ingress = findings[0];
        Assert.Equal(Severity.Medium, ingress.Severity);
        Assert.Equal("namespace \"default\" has no default-deny ingress NetworkPolicy: 2 of its 2 workloads accept ingress from anywhere", ingress.Message);
        Assert.Equal(4, ingress.Location.Line); // metadata.name of the first workload
    }

    [Fact]
    public void A_lone_workload_manifest_is_not_judged_for_policies_managed_elsewhere()
    {
        Assert.Empty(ClusterScan.Text(SeedManifests.Workloads, NetworkRules));
    }

    // A Namespace of another team, appended after the workloads so their line numbers stay put:
    // with it the scan describes cluster configuration, so missing policies are evaluable.
    internal const string ClusterConfigElsewhere = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n";

    [Fact]
    public void Allow_specific_alone_leaves_frontend_unselected()
    {
        var findings = ClusterScan.Text(SeedManifests.Join(SeedManifests.AllowSpecific, SeedManifests.Workloads), NetworkRules);
        Assert.Equal(["K8S005", "K8S006", "K8S007"], findings.Select(f => f.Rule.Id).Order());
        var unselected = findings.Single(f => f.Rule.Id == "K8S007");
        Assert.Equal("Deployment \"frontend\" is selected by none of the 1 NetworkPolicies in namespace \"default\": its pods accept traffic from anywhere", unselected.Message);
        Assert.Equal("app=frontend", unselected.Evidence);
    }

    [Fact]
    public void Rule_open_to_everyone_is_reported_where_it_opens_in_a_denying_namespace()
    {
        var yaml = SeedManifests.Join(SeedManifests.DenyAllIngress, SeedManifests.AllowSpecific, OpenFrontend, SeedManifests.Workloads);
        var finding = Assert.Single(ClusterScan.Text(yaml, "K8S008"));
        Assert.Equal(36, finding.Location.Line); // "- ports:" of public-frontend
        Assert.Equal("NetworkPolicy \"public-frontend\" allows ingress from everywhere (a rule with no peers) to pods app=frontend on 443/TCP, although \"deny-all-ingress\" denies ingress in namespace \"default\" by default", finding.Message);
    }

    [Fact]
    public void Rule_open_to_everyone_is_not_reported_without_a_default_deny() =>
        Assert.Empty(ClusterScan.Text(SeedManifests.Join(SeedManifests.AllowSpecific, OpenFrontend, SeedManifests.Workloads), "K8S008"));

    [Fact]
    public void Zero_cidr_is_reported_at_the_cidr()
    {
        var open = OpenFrontend.Replace("  - ports:", "  - from:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n    ports:", StringComparison.Ordinal);
        var finding = Assert.Single(ClusterScan.Text(SeedManifests.Join(SeedManifests.DenyAllIngress, open, SeedManifests.Workloads), "K8S008"));
        Assert.Equal(22, finding.Location.Line);
        Assert.Equal(15, finding.Location.Column);
        Assert.Equal("ip 0.0.0.0/0", finding.Evidence);
    }

    [Fact]
    public void Namespaces_are_judged_separately()
    {
        var otherNamespace = SeedManifests.Workloads.Replace("  name: backend", "  name: backend\n  namespace: api", StringComparison.Ordinal);
        var findings = ClusterScan.Text(SeedManifests.Join(SeedManifests.DenyAllIngress, otherNamespace), "K8S005");
        Assert.Contains("namespace \"api\"", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_network_pods_are_out_of_reach_of_policies()
    {
        var hostNetwork = SeedManifests.Workloads.Replace("      containers:", "      hostNetwork: true\n      containers:", StringComparison.Ordinal);
        Assert.Empty(ClusterScan.Text(SeedManifests.Join(SeedManifests.AllowSpecific, hostNetwork), NetworkRules));
    }

    [Fact]
    public void Namespaces_with_CNI_specific_policies_are_not_evaluated()
    {
        const string cilium = "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: l7\nspec: {}";
        Assert.Empty(ClusterScan.Text(SeedManifests.Join(cilium, SeedManifests.Workloads), NetworkRules));
    }

    [Fact]
    public void Each_isolated_workload_softens_the_missing_default_deny()
    {
        var finding = Assert.Single(ClusterScan.Text(SeedManifests.Join(SeedManifests.AllowSpecific, SeedManifests.Workloads.Split("---")[1]), "K8S005"));
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.EndsWith("each of its 1 workloads is selected by an ingress policy of its own, but pods added later accept traffic from anywhere", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void System_namespaces_get_no_default_deny_finding()
    {
        var inKubeSystem = SeedManifests.Workloads.Replace("  name: frontend", "  name: frontend\n  namespace: kube-system", StringComparison.Ordinal)
            .Replace("  name: backend", "  name: backend\n  namespace: kube-system", StringComparison.Ordinal);
        Assert.Empty(ClusterScan.Text(inKubeSystem, "K8S005", "K8S006"));
    }
}
