using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

/// <summary>
/// Three corpus applications scanned as they are deployed; every expected finding below was checked
/// by hand against the manifests (see docs/cluster.md, "Verified on the corpus").
/// </summary>
public class CorpusClusterTests
{
    private static readonly string[] ClusterRules = [.. RuleCatalog.All.Select(r => r.Metadata.Id).Where(id => id.StartsWith("K8S", StringComparison.Ordinal))];

    [Fact]
    public void Kube_prometheus_manifests()
    {
        var findings = ClusterScan.Files(ClusterScan.CorpusFiles("prometheus-operator__kube-prometheus", "manifests"), RuleOptions.Default, ClusterRules);
        string[] expected =
        [
            "alertmanager-secret.yaml:12 K8S010 low", // stringData alertmanager.yaml: a committed config, no credential shape
            "blackboxExporter-deployment.yaml:28 K8S001 low", // pod true overrides the ServiceAccount's false
            "grafana-config.yaml:11 K8S010 low",
            "grafana-dashboardDatasources.yaml:11 K8S010 low",
            "grafana-deployment.yaml:63 K8S011 low", // grafana-datasources secret, readOnly: false
            "grafana-deployment.yaml:171 K8S011 low", // grafana-config secret, readOnly: false
            "kubeStateMetrics-deployment.yaml:28 K8S001 low",
            "nodeExporter-daemonset.yaml:27 K8S001 low",
            "prometheus-serviceAccount.yaml:2 K8S001 low", // the only ServiceAccount with automount true
            "prometheusAdapter-deployment.yaml:32 K8S001 low",
            "prometheusOperator-deployment.yaml:28 K8S001 low",
            "namespace.yaml:7 K8S002 medium", // only warn: privileged
            "namespace.yaml:7 K8S005 low", // no default-deny, but each of the 5 pod-network workloads has its own policy
            "namespace.yaml:7 K8S006 low",
        ];
        Assert.Equal(expected, ClusterScan.Summaries(findings));
        Assert.Contains("each of its 5 workloads is selected by an ingress policy of its own", findings[12].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Microservices_demo_with_its_network_policies_component()
    {
        var files = ClusterScan.CorpusFiles("GoogleCloudPlatform__microservices-demo", "kustomize", "base")
            .Concat(ClusterScan.CorpusFiles("GoogleCloudPlatform__microservices-demo", "kustomize", "components", "network-policies"));
        var findings = ClusterScan.Files(files, RuleOptions.Default, ClusterRules);
        var byRule = findings.GroupBy(f => f.Rule.Id).ToDictionary(g => g.Key, g => ClusterScan.Summaries(g));

        // deny-all makes both default-denies; every workload is selected; frontend's "- {}" opens it to all.
        Assert.Equal(["K8S001", "K8S004", "K8S008"], byRule.Keys.Order());
        Assert.Equal(["network-policy-frontend.yaml:27 K8S008 medium"], byRule["K8S008"]);
        Assert.Equal(["adservice.yaml:18 K8S004 low"], byRule["K8S004"]);

        // 11 ServiceAccounts without automount false, their 11 pods, and redis-cart on the default account.
        Assert.Equal(11, byRule["K8S001"].Count(s => s.EndsWith("low", StringComparison.Ordinal)));
        Assert.Equal(12, byRule["K8S001"].Count(s => s.EndsWith("medium", StringComparison.Ordinal)));
        Assert.Contains("cartservice.yaml:103 K8S001 medium", byRule["K8S001"]);
        Assert.Contains(findings, f => f.Location.Line == 103 && f.Message.Contains("\"default\" service account", StringComparison.Ordinal));
    }

    [Fact]
    public void Argo_cd_install_in_its_namespace()
    {
        var options = RuleOptions.Default with { DefaultNamespace = "argocd" };
        var install = TestPaths.SharedPath("corpus", "k8s", "argoproj__argo-cd", "manifests", "install.yaml");
        var findings = ClusterScan.Files([install], options, ClusterRules);
        string[] expected =
        [
            .. new[] { 31155, 31164, 31173, 31182, 31191, 31200, 31209 }.Select(l => $"install.yaml:{l} K8S001 low"), // 7 ServiceAccounts
            "install.yaml:32118 K8S004 low", // unnamespaced: lands in argocd, which the file does not define
            "install.yaml:32118 K8S005 low", // 7 per-workload policies, no default-deny
            "install.yaml:32118 K8S006 low",
            "install.yaml:32127 K8S001 medium", // applicationset-controller
            "install.yaml:32392 K8S011 low", "install.yaml:32394 K8S011 low",
            "install.yaml:32461 K8S001 medium", // dex-server
            "install.yaml:32528 K8S011 low",
            "install.yaml:32591 K8S001 medium", // notifications-controller
            "install.yaml:32671 K8S011 low", "install.yaml:32673 K8S011 low",
            "install.yaml:32726 K8S001 medium", // redis (repo-server sets false: not reported)
            "install.yaml:33148 K8S011 low", "install.yaml:33150 K8S011 low",
            "install.yaml:33246 K8S001 medium", // server
            "install.yaml:33694 K8S011 low", "install.yaml:33696 K8S011 low", "install.yaml:33698 K8S011 low",
            "install.yaml:33777 K8S001 medium", // application-controller
            "install.yaml:34193 K8S011 low", "install.yaml:34195 K8S011 low",
        ];
        Assert.Equal(expected, ClusterScan.Summaries(findings));
    }

    [Fact]
    public void Argo_cd_server_policy_opens_it_but_without_default_deny_that_is_K8S005s_finding()
    {
        var options = RuleOptions.Default with { DefaultNamespace = "argocd" };
        var install = TestPaths.SharedPath("corpus", "k8s", "argoproj__argo-cd", "manifests", "install.yaml");
        Assert.Empty(ClusterScan.Files([install], options, "K8S007", "K8S008"));
    }
}
