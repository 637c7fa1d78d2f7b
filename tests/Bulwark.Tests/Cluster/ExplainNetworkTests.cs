using Bulwark.Cli.Commands;
using Bulwark.Engine;
using Bulwark.Kubernetes.Network;
using Bulwark.Rules;
using Bulwark.Tests.Cli;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class ExplainNetworkTests
{
    private static string Explain(AnalysisSession session, string ns, out int exitCode)
    {
        using var output = new StringWriter();
        exitCode = ExplainNetwork.Run(session, ns, output);
        return output.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void Seed_policies_as_a_table()
    {
        var session = ClusterScan.Load(SeedManifests.Join(SeedManifests.DenyAllIngress, SeedManifests.AllowSpecific, SeedManifests.Workloads));
        const string expected = """
            Namespace "default": 2 workloads, 2 NetworkPolicies
            Default-deny ingress: deny-all-ingress
            Default-deny egress: none

            WORKLOAD             SELECTED BY                       INGRESS FROM                             PORTS     VIA
            Deployment/frontend  deny-all-ingress                  nobody (ingress denied)                  -         -
            Deployment/backend   deny-all-ingress, allow-specific  pods app=frontend [Deployment/frontend]  8080/TCP  allow-specific

            """;
        Assert.Equal(expected, Explain(session, "default", out var exitCode));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void Unselected_workload_is_open_to_everywhere()
    {
        var reach = new NetworkExplainer(ClusterScan.Load(SeedManifests.Join(SeedManifests.AllowSpecific, SeedManifests.Workloads))).Explain("default")!;
        var frontend = reach.Workloads[0];
        Assert.Equal(("Deployment/frontend", IngressState.Open), (frontend.Workload, frontend.State));
        Assert.Empty(frontend.SelectedBy);
    }

    [Fact]
    public void Peers_in_other_namespaces_resolve_through_namespace_labels()
    {
        const string policy = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: from-monitoring, namespace: shop}
            spec:
              podSelector: {}
              ingress:
              - from:
                - namespaceSelector: {matchLabels: {team: observability}}
                  podSelector: {matchLabels: {app: prometheus}}
                ports: [{port: metrics, protocol: TCP}, {port: 9000, endPort: 9100}]
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: monitoring, labels: {team: observability}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: prometheus, namespace: monitoring, labels: {app: prometheus}}
            spec: {containers: [{name: p, image: prom:2}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: shop}
            spec: {containers: [{name: w, image: web:1}]}
            """;
        var allowed = Assert.Single(Assert.Single(new NetworkExplainer(ClusterScan.Load(policy)).Explain("shop")!.Workloads).Allowed);
        Assert.Equal("pods app=prometheus in namespaces team=observability [Pod/monitoring/prometheus]", allowed.From);
        Assert.Equal("metrics/TCP, 9000-9100/TCP", allowed.Ports);
    }

    [Fact]
    public void Invalid_selectors_are_shown_as_admitting_or_selecting_nothing()
    {
        const string yaml = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: broken}
            spec:
              podSelector: {matchExpressions: [{key: app, operator: In, values: []}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: typo}
            spec:
              ingress:
              - from:
                - podSelector: {matchExpressions: [{key: app, operator: Equals, values: [x]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, labels: {app: web}}
            spec: {containers: [{name: w, image: web:1}]}
            """;
        var text = Explain(ClusterScan.Load(yaml), "default", out _);
        Assert.Contains("Selects nothing (the API server would reject it): broken: invalid selector (operator In needs values for key app)\n", text, StringComparison.Ordinal);
        Assert.Contains("Pod/web   typo         nothing: invalid selector (unknown operator \"Equals\" for key app)  all ports  typo", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Kube_prometheus_monitoring_namespace()
    {
        var files = ClusterScan.CorpusFiles("prometheus-operator__kube-prometheus", "manifests").Select(f => new ScanInput(f));
        var explanation = new NetworkExplainer(new ScanEngine(RuleCatalog.All, RuleOptions.Default).Load(files)).Explain("monitoring")!;
        Assert.Equal(8, explanation.PolicyCount);
        var rows = explanation.Workloads.ToDictionary(w => w.Workload);
        Assert.Equal(IngressState.HostNetwork, rows["DaemonSet/node-exporter"].State);
        Assert.Equal("everywhere", Assert.Single(rows["Deployment/prometheus-adapter"].Allowed).From);
        var grafana = Assert.Single(rows["Deployment/grafana"].Allowed);
        Assert.Equal(("pods app.kubernetes.io/name=prometheus [no workload in the scan]", "3000/TCP"), (grafana.From, grafana.Ports));
    }

    [Fact]
    public void Unknown_namespace_is_a_usage_error_listing_the_known_ones()
    {
        var text = Explain(ClusterScan.Load(SeedManifests.Workloads), "prod", out var exitCode);
        Assert.Equal(2, exitCode);
        Assert.Equal("error: no object of the scan is in namespace \"prod\" (namespaces in the scan: default)\n", text);
    }

    [Fact]
    public void Scan_option_prints_the_table_instead_of_findings()
    {
        var stdin = SeedManifests.Join(SeedManifests.DenyAllIngress, SeedManifests.AllowSpecific, SeedManifests.Workloads);
        var result = CliRunner.Run(stdin, "scan", "-", "--namespace", "shop", "--explain-network", "shop");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Namespace \"shop\": 2 workloads, 2 NetworkPolicies\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Deployment/backend   deny-all-ingress, allow-specific  pods app=frontend [Deployment/frontend]  8080/TCP", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("K8S", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_option_with_an_unknown_namespace_exits_2() =>
        Assert.Equal(2, CliRunner.InProcess("scan", TestPaths.RepoPath("examples", "kubernetes", "hardened-pod.yaml"), "--explain-network", "nowhere").ExitCode);
}
