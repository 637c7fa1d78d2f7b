using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Ephemeral containers, startup/preStop hosts and hostPort defaulting: not in upstream fixtures.</summary>
public sealed class ContainerCoverageTests
{
    [Fact]
    public void Ephemeral_containers_are_visited_after_init_and_regular_containers()
    {
        var pod = Pss.Pod(
            "initContainers: [{name: init, image: x, securityContext: {privileged: true}}]\n" +
            "containers: [{name: app, image: x, securityContext: {privileged: true}}]\n" +
            "ephemeralContainers: [{name: debug, image: x, securityContext: {privileged: true}}]");
        var result = Pss.Check("baseline:latest", pod);
        Assert.Equal("privileged (containers \"init\", \"app\", \"debug\" must not set securityContext.privileged=true)", result.ForbiddenDetail);
    }

    [Fact]
    public void Ephemeral_container_must_meet_restricted_too()
    {
        var result = Pss.Check("restricted:latest", Pss.RestrictedPod("ephemeralContainers: [{name: debug, image: x}]"));
        Assert.Equal("allowPrivilegeEscalation,capabilities_restricted", Pss.Checks(result));
        Assert.Contains("container \"debug\" must set securityContext.allowPrivilegeEscalation=false", result.ForbiddenDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_probe_and_preStop_hosts_are_sorted_and_counted_from_v1_34()
    {
        var pod = Pss.Pod(
            "containers:\n" +
            "- {name: b, image: x, startupProbe: {httpGet: {host: z.example, port: 80}}}\n" +
            "- {name: a, image: x, lifecycle: {preStop: {tcpSocket: {host: a.example, port: 1}}}}");
        Assert.True(Pss.Check("baseline:v1.33", pod).Allowed);
        Assert.Equal(
            "probe or lifecycle host (containers \"a\", \"b\" use probe or lifecycle hosts \"a.example\", \"z.example\")",
            Pss.Check("baseline:v1.34", pod).ForbiddenDetail);
    }

    [Fact]
    public void HostNetwork_pod_gets_hostPort_defaulted_from_containerPort_but_template_does_not()
    {
        const string spec = "hostNetwork: true\ncontainers: [{name: app, image: x, ports: [{containerPort: 9}, {containerPort: 10}]}]";
        var pod = Pss.Check("baseline:latest", Pss.Pod(spec));
        Assert.Equal("host namespaces (hostNetwork=true), hostPort (container \"app\" uses hostPorts 10, 9)", pod.ForbiddenDetail);
        var deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n" +
            string.Join("\n", spec.Split('\n').Select(l => "      " + l));
        Assert.Equal("hostNamespaces", Pss.Checks(Pss.Check("baseline:latest", deployment)));
    }

    [Fact]
    public void Windows_pod_is_exempt_from_three_restricted_checks_from_v1_25_only()
    {
        var pod = Pss.Pod("os: {name: windows}\nsecurityContext: {runAsNonRoot: true}\ncontainers: [{name: app, image: x}]");
        Assert.True(Pss.Check("restricted:v1.25", pod).Allowed);
        Assert.Equal("allowPrivilegeEscalation,capabilities_restricted,seccompProfile_restricted", Pss.Checks(Pss.Check("restricted:v1.24", pod)));
        var rootPod = pod.Replace("runAsNonRoot: true", "runAsNonRoot: false", StringComparison.Ordinal);
        Assert.Equal("runAsNonRoot", Pss.Checks(Pss.Check("restricted:v1.28", rootPod)));
    }
}
