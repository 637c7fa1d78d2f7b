using Bulwark.PodSecurity;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Exact upstream message shapes for combinations the fixtures exercise only one at a time.</summary>
public sealed class MessageFormatTests
{
    [Fact]
    public void RunAsNonRoot_explicit_false_wins_over_implicit_and_joins_setters_with_and()
    {
        var pod = Pss.Pod("securityContext: {runAsNonRoot: false}\ncontainers: [{name: a, image: x, securityContext: {runAsNonRoot: false}}, {name: b, image: x}]");
        Assert.Equal(
            "runAsNonRoot != true (pod and container \"a\" must not set securityContext.runAsNonRoot=false)",
            Violation(pod, "runAsNonRoot"));
    }

    [Fact]
    public void Seccomp_restricted_reports_explicit_values_sorted_and_deduplicated()
    {
        var pod = Pss.Pod(
            "securityContext: {seccompProfile: {type: Unconfined}}\n" +
            "containers: [{name: a, image: x, securityContext: {seccompProfile: {type: Unconfined}}}, {name: b, image: x, securityContext: {seccompProfile: {type: Bogus}}}]");
        Assert.Equal(
            "seccompProfile (pod and containers \"a\", \"b\" must not set securityContext.seccompProfile.type to \"Bogus\", \"Unconfined\")",
            Violation(pod, "seccompProfile_restricted"));
    }

    [Fact]
    public void Capabilities_restricted_joins_both_problems_with_semicolon()
    {
        var pod = Pss.Pod(
            "containers: [{name: a, image: x, securityContext: {capabilities: {add: [SYS_ADMIN, NET_RAW, NET_BIND_SERVICE]}}}, {name: b, image: x}]");
        Assert.Equal(
            "unrestricted capabilities (containers \"a\", \"b\" must set securityContext.capabilities.drop=[\"ALL\"]; " +
            "container \"a\" must not include \"NET_RAW\", \"SYS_ADMIN\" in securityContext.capabilities.add)",
            Violation(pod, "capabilities_restricted"));
    }

    [Fact]
    public void Windows_host_process_names_pod_and_containers()
    {
        var pod = Pss.Pod(
            "securityContext: {windowsOptions: {hostProcess: true}}\n" +
            "containers: [{name: a, image: x, securityContext: {windowsOptions: {hostProcess: true}}}]");
        Assert.Equal(
            "hostProcess (pod and container \"a\" must not set securityContext.windowsOptions.hostProcess=true)",
            Violation(pod, "windowsHostProcess"));
    }

    [Fact]
    public void Host_ports_single_container_single_port_use_singular_words()
    {
        var pod = Pss.Pod("containers: [{name: a, image: x, ports: [{containerPort: 80, hostPort: 8080}, {containerPort: 81, hostPort: 8080}]}]");
        Assert.Equal("hostPort (container \"a\" uses hostPort 8080)", Violation(pod, "hostPorts"));
    }

    [Fact]
    public void Run_as_user_zero_on_pod_and_container()
    {
        var pod = Pss.Pod("securityContext: {runAsUser: 0}\ncontainers: [{name: a, image: x, securityContext: {runAsUser: 0}}, {name: b, image: x, securityContext: {runAsUser: 5}}]");
        Assert.Equal("runAsUser=0 (pod and container \"a\" must not set runAsUser=0)", Violation(pod, "runAsUser"));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("bell\u0001", "\"bell\\x01\"")]
    [InlineData("del\u007f", "\"del\\x7f\"")]
    [InlineData("zero\u200bwidth", "\"zero\\u200bwidth\"")]
    [InlineData("émoji 😀", "\"émoji 😀\"")]
    [InlineData("back\\slash \"q\"", "\"back\\\\slash \\\"q\\\"\"")]
    public void Go_quote_matches_strconv_quote(string input, string expected)
    {
        Assert.Equal(expected, GoQuote.Quote(input));
    }

    [Fact]
    public void Result_formats_upstream_aggregates()
    {
        var result = Pss.Check("baseline:v1.30", Pss.Pod("hostPID: true\nhostIPC: true\ncontainers: [{name: a, image: x, securityContext: {privileged: true}}]"));
        Assert.Equal("host namespaces, privileged", result.ForbiddenReason);
        Assert.Equal(
            "pods \"p\" is forbidden: violates PodSecurity \"baseline:v1.30\": host namespaces (hostPID=true, hostIPC=true), " +
            "privileged (container \"a\" must not set securityContext.privileged=true)",
            result.ForbiddenPodMessage("p"));
        Assert.StartsWith("would violate PodSecurity \"baseline:v1.30\": host namespaces", result.WarnMessage, StringComparison.Ordinal);
    }

    private static string Violation(string pod, string check) =>
        Pss.Check("restricted:latest", pod).Violations.Single(v => v.CheckId == check).Message;
}
