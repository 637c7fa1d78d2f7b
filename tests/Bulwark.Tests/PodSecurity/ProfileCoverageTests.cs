using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>AppArmor fields and annotations, SELinux container_engine_t, seccomp annotations.</summary>
public sealed class ProfileCoverageTests
{
    private const string AppArmorKey = "container.apparmor.security.beta.kubernetes.io/";

    [Theory]
    [InlineData("RuntimeDefault", true)]
    [InlineData("Localhost", true)]
    [InlineData("Unconfined", false)]
    [InlineData("\"\"", false)]
    public void AppArmor_pod_field_allows_only_runtime_default_and_localhost(string type, bool allowed)
    {
        var pod = Pss.Pod($"securityContext: {{appArmorProfile: {{type: {type}}}}}\ncontainers: [{{name: a, image: x}}]");
        Assert.Equal(allowed, Pss.Check("baseline:v1.0", pod).Allowed);
    }

    [Fact]
    public void AppArmor_fields_and_annotations_aggregate_setters_and_values()
    {
        var pod = Pss.Pod(
            "securityContext: {appArmorProfile: {type: Unconfined}}\n" +
            "containers: [{name: a, image: x, securityContext: {appArmorProfile: {type: Unconfined}}}, " +
            "{name: b, image: x, securityContext: {appArmorProfile: {type: Bogus}}}]",
            $"{{\"{AppArmorKey}z\": unconfined, \"{AppArmorKey}a\": \"x\\ty\", \"{AppArmorKey}ok\": localhost/p}}");
        var result = Pss.Check("baseline:latest", pod);
        Assert.Equal(
            "forbidden AppArmor profiles (pod and containers \"a\", \"b\" and annotations must not set AppArmor profile type to " +
            "\"Bogus\", \"Unconfined\", \"" + AppArmorKey + "a=\"x\\ty\"\", \"" + AppArmorKey + "z=\"unconfined\"\")",
            result.ForbiddenDetail);
    }

    [Fact]
    public void AppArmor_single_value_uses_singular_reason()
    {
        var pod = Pss.Pod("containers: [{name: a, image: x, securityContext: {appArmorProfile: {type: Unconfined}}}]");
        Assert.Equal(
            "forbidden AppArmor profile (container \"a\" must not set AppArmor profile type to \"Unconfined\")",
            Pss.Check("baseline:latest", pod).ForbiddenDetail);
    }

    [Fact]
    public void SELinux_container_engine_t_is_allowed_from_v1_31()
    {
        var pod = Pss.Pod("containers: [{name: a, image: x, securityContext: {seLinuxOptions: {type: container_engine_t}}}]");
        Assert.Equal(
            "seLinuxOptions (container \"a\" set forbidden securityContext.seLinuxOptions: type \"container_engine_t\")",
            Pss.Check("baseline:v1.30", pod).ForbiddenDetail);
        Assert.True(Pss.Check("baseline:v1.31", pod).Allowed);
    }

    [Fact]
    public void SELinux_user_and_role_are_reported_without_bad_type()
    {
        var pod = Pss.Pod("securityContext: {seLinuxOptions: {user: u, role: r, level: s0}}\ncontainers: [{name: a, image: x}]");
        Assert.Equal(
            "seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set; role may not be set)",
            Pss.Check("baseline:latest", pod).ForbiddenDetail);
    }

    [Theory]
    [InlineData("docker/default", true)]
    [InlineData("runtime/default", true)]
    [InlineData("localhost/profile", true)]
    [InlineData("\"\"", false)]
    [InlineData("unconfined", false)]
    public void Seccomp_pod_annotation_counts_up_to_v1_18_only(string value, bool allowed)
    {
        var pod = Pss.Pod("containers: [{name: a, image: x}]", $"{{seccomp.security.alpha.kubernetes.io/pod: {value}}}");
        Assert.Equal(allowed, Pss.Check("baseline:v1.18", pod).Allowed);
        Assert.True(Pss.Check("baseline:v1.19", pod).Allowed);
    }

    [Fact]
    public void Seccomp_annotation_message_quotes_values_like_go()
    {
        var pod = Pss.Pod("containers: [{name: a, image: x}]", "{container.seccomp.security.alpha.kubernetes.io/a: \"un\\u00a0conf\\\"ined\"}");
        Assert.Equal(
            "seccompProfile (forbidden annotation container.seccomp.security.alpha.kubernetes.io/a=\"un\\u00a0conf\\\"ined\")",
            Pss.Check("baseline:v1.0", pod).ForbiddenDetail);
    }
}
