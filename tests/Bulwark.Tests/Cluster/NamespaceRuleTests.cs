using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class NamespaceRuleTests
{
    private static string Namespace(params string[] labels) =>
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n" + (labels.Length == 0 ? string.Empty : "  labels:\n" + string.Concat(labels.Select(l => $"    pod-security.kubernetes.io/{l}\n")));

    [Fact]
    public void Seed_namespace_passes() =>
        Assert.Empty(ClusterScan.Text(Namespace("enforce: restricted", "audit: restricted", "warn: restricted"), "K8S002", "K8S003"));

    [Fact]
    public void Missing_enforce_is_reported_on_the_name()
    {
        var finding = Assert.Single(ClusterScan.Text(Namespace(), "K8S002"));
        Assert.Equal(4, finding.Location.Line);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("namespace \"prod\" does not enforce a Pod Security level (no pod-security.kubernetes.io/enforce label), and audit and warn do not report restricted violations either", finding.Message);
    }

    [Fact]
    public void Weaker_enforce_is_reported_on_its_value_and_names_the_silent_modes()
    {
        var finding = Assert.Single(ClusterScan.Text(Namespace("enforce: baseline", "warn: restricted"), "K8S002"));
        Assert.Equal((6, 41), (finding.Location.Line, finding.Location.Column));
        Assert.Equal("namespace \"prod\" enforces Pod Security level baseline, below the required restricted, and audit does not report restricted violations either", finding.Message);
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void Weaker_enforce_with_warn_and_audit_at_the_minimum_is_low()
    {
        var finding = Assert.Single(ClusterScan.Text(Namespace("enforce: baseline", "warn: restricted", "audit: restricted"), "K8S002"));
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.EndsWith("; warn and audit report restricted violations", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_is_configurable()
    {
        var options = RuleOptions.Default with { MinimumPodSecurity = "baseline" };
        Assert.Empty(ClusterScan.Run([new ScanInput("ns.yaml", Namespace("enforce: baseline"))], options, "K8S002"));
        Assert.Single(ClusterScan.Run([new ScanInput("ns.yaml", Namespace("enforce: privileged"))], options, "K8S002"));
    }

    [Theory]
    [InlineData("enforce: Restricted", "pod-security.kubernetes.io/enforce \"Restricted\" is not a valid level")]
    [InlineData("warn: strict", "pod-security.kubernetes.io/warn \"strict\" is not a valid level")]
    [InlineData("enforce-version: \"1.30\"", "pod-security.kubernetes.io/enforce-version \"1.30\" is not a valid version")]
    [InlineData("audit-version: v1.030", "pod-security.kubernetes.io/audit-version \"v1.030\" is not a valid version")]
    [InlineData("warn-version: v2.0", "pod-security.kubernetes.io/warn-version \"v2.0\" is not a valid version")]
    public void Invalid_values_are_reported_at_the_value(string label, string expected)
    {
        var finding = Assert.Single(ClusterScan.Text(Namespace(label), "K8S003"));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(6, finding.Location.Line);
    }

    [Theory]
    [InlineData("enforce-version: latest")]
    [InlineData("enforce-version: v1.0")]
    [InlineData("enforce-version: v1.33")]
    public void Valid_versions_pass(string label) =>
        Assert.Empty(ClusterScan.Text(Namespace("enforce: restricted", label), "K8S003"));

    [Fact]
    public void Invalid_enforce_is_left_to_the_invalid_label_rule() =>
        Assert.Empty(ClusterScan.Text(Namespace("enforce: Restricted"), "K8S002"));

    [Fact]
    public void Unknown_keys_are_reported_at_the_key()
    {
        var finding = Assert.Single(ClusterScan.Text(Namespace("enforce: restricted", "enforce-level: restricted"), "K8S003"));
        Assert.Equal((7, 5), (finding.Location.Line, finding.Location.Column));
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("namespace \"prod\" has unknown label pod-security.kubernetes.io/enforce-level, which Pod Security Admission ignores", finding.Message);
    }

    [Fact]
    public void Namespace_without_object_is_reported_once_on_the_first_workload()
    {
        Assert.Empty(ClusterScan.Text(SeedManifests.Workloads, "K8S004"));
        var findings = ClusterScan.Text(SeedManifests.Join(SeedManifests.Workloads, NetworkRuleTests.ClusterConfigElsewhere), "K8S004");
        var finding = Assert.Single(findings);
        Assert.Equal(4, finding.Location.Line);
        Assert.Equal("namespace \"default\" holds 2 workloads but no Namespace object in this scan, so its Pod Security labels cannot be checked", finding.Message);
    }

    [Fact]
    public void Namespace_option_moves_unnamespaced_objects()
    {
        var options = RuleOptions.Default with { DefaultNamespace = "prod" };
        var inputs = new[] { new ScanInput("ns.yaml", Namespace("enforce: restricted")), new ScanInput("app.yaml", SeedManifests.Workloads) };
        Assert.Empty(ClusterScan.Run(inputs, options, "K8S004"));
        Assert.Single(ClusterScan.Run(inputs, RuleOptions.Default, "K8S004"));
    }
}
