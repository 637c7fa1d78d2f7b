using Bulwark.PodSecurity;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Upstream's api.PolicyToEvaluate rules, ported from api/helpers_test.go's cases.</summary>
public sealed class NamespaceLabelsTests
{
    [Fact]
    public void No_labels_means_the_defaults()
    {
        var policy = PodSecurityLabels.Resolve(new Dictionary<string, string>());
        Assert.True(policy.FullyPrivileged);
        Assert.Empty(policy.Errors);
    }

    [Fact]
    public void Warn_follows_a_stricter_enforce_level_and_version()
    {
        var policy = Resolve(("enforce", "baseline"), ("enforce-version", "v1.25"));
        Assert.Equal("baseline:v1.25", policy.Warn.ToString());
        Assert.Equal("privileged:latest", policy.Audit.ToString());
    }

    [Fact]
    public void Warn_keeps_its_own_version_label_when_following_enforce()
    {
        var policy = Resolve(("enforce", "restricted"), ("enforce-version", "v1.25"), ("warn-version", "v1.30"));
        Assert.Equal("restricted:v1.30", policy.Warn.ToString());
    }

    [Fact]
    public void Explicit_warn_level_is_never_raised()
    {
        var policy = Resolve(("enforce", "restricted"), ("warn", "privileged"));
        Assert.Equal("privileged:latest", policy.Warn.ToString());
    }

    [Fact]
    public void Invalid_enforce_fails_closed_and_does_not_raise_warn()
    {
        var policy = Resolve(("enforce", "Baseline"), ("enforce-version", "v1.01"));
        Assert.Equal("restricted:latest", policy.Enforce.ToString());
        Assert.Equal("privileged:latest", policy.Warn.ToString());
        Assert.Equal(2, policy.Errors.Count);
    }

    [Fact]
    public void Invalid_audit_and_warn_fail_open()
    {
        var policy = Resolve(("audit", "strict"), ("warn", ""), ("warn-version", "1.25"));
        Assert.Equal("privileged:latest", policy.Audit.ToString());
        Assert.Equal("privileged:latest", policy.Warn.ToString());
        Assert.Equal(3, policy.Errors.Count);
        Assert.Contains("metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: \"strict\"", policy.Errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latest", true, "latest")]
    [InlineData("v1.0", true, "v1.0")]
    [InlineData("v1.37", true, "v1.37")]
    [InlineData("v1.99", true, "v1.99")]
    [InlineData("v1.01", false, "latest")]
    [InlineData("1.25", false, "latest")]
    [InlineData("v2.0", false, "latest")]
    [InlineData("v1.", false, "latest")]
    [InlineData("Latest", false, "latest")]
    [InlineData("v1.+5", false, "latest")]
    public void Versions_parse_like_upstream(string text, bool valid, string parsed)
    {
        Assert.Equal(valid, PolicyVersion.TryParse(text, out var version));
        Assert.Equal(parsed, version.ToString());
    }

    private static NamespacePolicy Resolve(params (string Key, string Value)[] labels) =>
        PodSecurityLabels.Resolve(labels.ToDictionary(l => PodSecurityLabels.Prefix + l.Key, l => l.Value));
}
