using Bulwark.Diagnostics;
using Xunit;

namespace Bulwark.Tests.Cluster;

/// <summary>K8S001 with the ServiceAccount in the scan: the pod's setting wins in both directions.</summary>
public class ServiceAccountRuleTests
{
    private static string Account(string? automount) =>
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: myapp\n" + (automount is null ? string.Empty : $"automountServiceAccountToken: {automount}\n");

    private static string Pod(string? automount, string? account = "myapp") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n"
        + (account is null ? string.Empty : $"  serviceAccountName: {account}\n")
        + (automount is null ? string.Empty : $"  automountServiceAccountToken: {automount}\n")
        + "  containers:\n  - name: app\n    image: app:1\n";

    private static IReadOnlyList<Finding> Scan(params string[] documents) => ClusterScan.Text(SeedManifests.Join(documents), "K8S001");

    [Fact]
    public void Seed_pair_passes() => Assert.Empty(Scan(Account("false"), Pod("false")));

    [Fact]
    public void Account_false_covers_a_pod_that_does_not_say() => Assert.Empty(Scan(Account("false"), Pod(null)));

    [Fact]
    public void Pod_true_overrides_account_false()
    {
        var finding = Assert.Single(Scan(Account("false"), Pod("true")));
        Assert.Equal("pod sets automountServiceAccountToken: true for service account \"myapp\", overriding its ServiceAccount's false", finding.Message);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(14, finding.Location.Line);
    }

    [Fact]
    public void Pod_false_overrides_account_true_and_the_account_is_reported_alone()
    {
        var finding = Assert.Single(Scan(Account("true"), Pod("false")));
        Assert.Equal("ServiceAccount \"myapp\" lets its pods mount its token by default (automountServiceAccountToken is not false)", finding.Message);
        Assert.Equal((5, 31), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Neither_setting_reports_pod_and_account()
    {
        var findings = Scan(Account(null), Pod(null));
        Assert.Equal(["test.yaml:4 K8S001 low", "test.yaml:11 K8S001 medium"], ClusterScan.Summaries(findings));
        Assert.Equal("pod mounts the token of service account \"myapp\": neither the pod nor its ServiceAccount sets automountServiceAccountToken: false", findings[1].Message);
    }

    [Fact]
    public void Account_outside_the_scan_is_named()
    {
        var finding = Assert.Single(Scan(Pod(null)));
        Assert.EndsWith("the pod does not set automountServiceAccountToken: false and ServiceAccount \"myapp\" is not in this scan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_service_account_token_is_medium_even_when_explicit()
    {
        var implicitDefault = Assert.Single(Scan(Pod(null, account: null)));
        Assert.StartsWith("pod mounts the token of the namespace's \"default\" service account, which every pod that names no service account shares", implicitDefault.Message, StringComparison.Ordinal);
        var explicitDefault = Assert.Single(Scan(Pod("true", account: "default")));
        Assert.Equal(Severity.Medium, explicitDefault.Severity);
    }

    [Fact]
    public void Projected_token_of_the_default_account_is_reported_at_the_source()
    {
        var pod = Pod("false", account: null) + "  volumes:\n  - name: token\n    projected:\n      sources:\n      - serviceAccountToken:\n          path: token\n";
        var finding = Assert.Single(Scan(pod));
        Assert.Equal(14, finding.Location.Line);
        Assert.StartsWith("pod mounts a projected token of the namespace's \"default\" service account", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Projected_token_of_a_dedicated_account_is_fine() =>
        Assert.Empty(Scan(Account("false"), Pod("false") + "  volumes:\n  - name: token\n    projected:\n      sources:\n      - serviceAccountToken:\n          path: token\n"));

    [Fact]
    public void Account_in_another_namespace_does_not_count()
    {
        var elsewhere = Account("false").Replace("  name: myapp", "  name: myapp\n  namespace: other", StringComparison.Ordinal);
        Assert.Contains(Scan(elsewhere, Pod(null)), f => f.Message.Contains("is not in this scan", StringComparison.Ordinal));
    }
}
