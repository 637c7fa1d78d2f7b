using Bulwark.Kubernetes;
using Bulwark.Kubernetes.Network;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class NetworkPolicyModelTests
{
    private static NetworkPolicy Policy(string yaml) =>
        NetworkPolicy.From(ClusterScan.Load(yaml).Models<KubernetesObject>().Single())!;

    private static string Spec(string body) => "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n" + body;

    [Fact]
    public void Seed_deny_all_ingress_is_a_default_deny()
    {
        var policy = Policy(SeedManifests.DenyAllIngress);
        Assert.True(policy.IsDefaultDenyIngress);
        Assert.False(policy.AppliesToEgress);
        Assert.False(policy.IsDefaultDenyEgress);
    }

    [Fact]
    public void Seed_allow_specific_admits_frontend_on_8080()
    {
        var policy = Policy(SeedManifests.AllowSpecific);
        Assert.False(policy.IsDefaultDenyIngress);
        Assert.True(policy.AppliesToIngress);
        var rule = Assert.Single(policy.Ingress);
        var peer = Assert.Single(rule.Peers);
        Assert.Equal("pods app=frontend", peer.ToString());
        Assert.Equal("8080/TCP", NetworkPort.Describe(rule.Ports));
        Assert.Null(rule.Everywhere());
    }

    [Theory]
    [InlineData("  podSelector: {}\n", true, false)]
    [InlineData("  podSelector: {}\n  egress: []\n", true, false)]
    [InlineData("  podSelector: {}\n  egress:\n  - {}\n", true, true)]
    [InlineData("  podSelector: {}\n  policyTypes: [Egress]\n", false, true)]
    [InlineData("  podSelector: {}\n  policyTypes: [Ingress, Egress]\n", true, true)]
    [InlineData("  podSelector: {}\n  policyTypes: []\n  egress: [{to: [{podSelector: {}}]}]\n", true, true)]
    public void PolicyTypes_default_as_the_API_server_does(string spec, bool ingress, bool egress)
    {
        var policy = Policy(Spec(spec));
        Assert.Equal(ingress, policy.AppliesToIngress);
        Assert.Equal(egress, policy.AppliesToEgress);
    }

    [Theory]
    [InlineData("  podSelector: {}\n  policyTypes: [Ingress, Egress]\n", true, true)]
    [InlineData("  policyTypes: [Ingress]\n", true, false)]
    [InlineData("  podSelector: null\n", true, false)]
    [InlineData("  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n", false, false)]
    [InlineData("  podSelector: {matchLabels: {app: a}}\n  policyTypes: [Ingress, Egress]\n", false, false)]
    [InlineData("  podSelector: {}\n  policyTypes: [Egress]\n", false, true)]
    public void Default_deny_needs_every_pod_the_type_and_no_rules(string spec, bool denyIngress, bool denyEgress)
    {
        var policy = Policy(Spec(spec));
        Assert.Equal(denyIngress, policy.IsDefaultDenyIngress);
        Assert.Equal(denyEgress, policy.IsDefaultDenyEgress);
    }

    [Theory]
    [InlineData("  - {}\n", "a rule with no peers")]
    [InlineData("  - from: []\n    ports: [{port: 80}]\n", "a rule with no peers")]
    [InlineData("  - ports: [{port: 80}]\n", "a rule with no peers")]
    [InlineData("  -\n", "a rule with no peers")]
    [InlineData("  - from: [{ipBlock: {cidr: 0.0.0.0/0}}]\n", "ip 0.0.0.0/0")]
    [InlineData("  - from: [{ipBlock: {cidr: '::/0'}}]\n", "ip ::/0")]
    [InlineData("  - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]\n", "ip 0.0.0.0/0 except 10.0.0.0/8")]
    [InlineData("  - from: [{ipBlock: {cidr: 10.0.0.0/8}}]\n", null)]
    [InlineData("  - from: [{namespaceSelector: {}}]\n", null)]
    [InlineData("  - from: [{podSelector: {}}]\n", null)]
    public void Detects_ingress_from_everywhere(string rules, string? why)
    {
        var rule = Assert.Single(Policy(Spec("  podSelector: {}\n  ingress:\n" + rules)).Ingress);
        Assert.Equal(why, rule.Everywhere()?.Why);
    }

    [Theory]
    [InlineData("{podSelector: {matchLabels: {app: a}}}", "pods app=a")]
    [InlineData("{podSelector: {}}", "all pods")]
    [InlineData("{namespaceSelector: {}}", "all pods in all namespaces")]
    [InlineData("{namespaceSelector: {matchLabels: {team: x}}}", "all pods in namespaces team=x")]
    [InlineData("{namespaceSelector: {matchLabels: {team: x}}, podSelector: {matchLabels: {app: a}}}", "pods app=a in namespaces team=x")]
    [InlineData("{}", "nothing (empty peer, rejected by the API server)")]
    public void Describes_peers(string peer, string text) =>
        Assert.Equal(text, Assert.Single(Assert.Single(Policy(Spec("  ingress:\n  - from: [" + peer + "]\n")).Ingress).Peers).ToString());

    [Fact]
    public void Ignores_CNI_specific_policy_kinds() =>
        Assert.Null(NetworkPolicy.From(ClusterScan.Load("apiVersion: crd.projectcalico.org/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {}").Models<KubernetesObject>().Single()));
}
