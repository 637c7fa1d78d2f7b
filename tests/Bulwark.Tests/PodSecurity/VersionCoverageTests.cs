using Bulwark.PodSecurity;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Versioned behaviour the fixtures do not pin: later sysctls, volumes, user namespaces, latest.</summary>
public sealed class VersionCoverageTests
{
    [Theory]
    [InlineData("net.ipv4.ip_local_reserved_ports", 27)]
    [InlineData("net.ipv4.tcp_keepalive_time", 29)]
    [InlineData("net.ipv4.tcp_rmem", 32)]
    [InlineData("net.ipv4.tcp_notsent_lowat", 37)]
    public void Sysctl_allowed_from_a_later_version_fails_before_it(string sysctl, int since)
    {
        var pod = Pss.Pod($"securityContext: {{sysctls: [{{name: {sysctl}, value: '1'}}]}}\ncontainers: [{{name: a, image: x}}]");
        Assert.Equal($"forbidden sysctls ({sysctl})", Pss.Check($"baseline:v1.{since - 1}", pod).ForbiddenDetail);
        Assert.True(Pss.Check($"baseline:v1.{since}", pod).Allowed);
        Assert.True(Pss.Check("baseline:latest", pod).Allowed);
    }

    [Fact]
    public void Sysctls_keep_spec_order_and_duplicates()
    {
        var pod = Pss.Pod("securityContext: {sysctls: [{name: z}, {name: a}, {name: z}]}\ncontainers: [{name: a, image: x}]");
        Assert.Equal("forbidden sysctls (z, a, z)", Pss.Check("baseline:latest", pod).ForbiddenDetail);
    }

    [Fact]
    public void Csi_ephemeral_image_and_sourceless_volumes_pass_restricted()
    {
        var pod = Pss.RestrictedPod(
            "volumes: [{name: c, csi: {driver: d}}, {name: e, ephemeral: {volumeClaimTemplate: {spec: {}}}}, " +
            "{name: i, image: {reference: r}}, {name: none}, {name: nulled, hostPath: null}]");
        Assert.True(Pss.Check("restricted:v1.0", pod).Allowed);
    }

    [Fact]
    public void Restricted_volumes_message_lists_volumes_in_order_and_types_sorted()
    {
        var pod = Pss.RestrictedPod("volumes: [{name: h, hostPath: {path: /}}, {name: g, gitRepo: {repository: r}}, {name: h2, hostPath: {path: /x}}]");
        Assert.Equal(
            "restricted volume types (volumes \"h\", \"g\", \"h2\" use restricted volume types \"gitRepo\", \"hostPath\")",
            Pss.Check("restricted:latest", pod).ForbiddenDetail);
    }

    [Fact]
    public void User_namespace_relaxes_run_as_checks_and_baseline_procMount_from_v1_35()
    {
        var pod = Pss.Pod(
            "hostUsers: false\nsecurityContext: {runAsUser: 0, seccompProfile: {type: RuntimeDefault}}\n" +
            "containers: [{name: a, image: x, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, procMount: Unmasked}}]");
        Assert.Equal("procMount", Pss.Checks(Pss.Check("baseline:v1.34", pod)));
        Assert.True(Pss.Check("baseline:v1.35", pod).Allowed);
        Assert.Equal("procMount,runAsNonRoot,runAsUser", Pss.Checks(Pss.Check("restricted:v1.34", pod)));
        Assert.Equal("procMount_restricted", Pss.Checks(Pss.Check("restricted:v1.35", pod)));
    }

    [Fact]
    public void Latest_and_future_versions_clamp_to_newest_but_keep_their_label_text()
    {
        var pod = Pss.Pod("securityContext: {sysctls: [{name: net.ipv4.tcp_notsent_lowat}]}\nhostPID: true\ncontainers: [{name: a, image: x}]");
        var future = Pss.Check("baseline:v1.99", pod);
        Assert.Equal("violates PodSecurity \"baseline:v1.99\": host namespaces (hostPID=true)", future.EnforceMessage);
        Assert.Equal(37, PodSecurityEvaluator.Default.MaxMinor);
        var emulated = new PodSecurityEvaluator(emulationMinor: 35);
        Assert.Equal("hostNamespaces,sysctls", Pss.Checks(Pss.Check("baseline:latest", pod, emulated)));
    }

    [Theory]
    [InlineData("v1.0", "appArmorProfile,capabilities_baseline,hostNamespaces,hostPorts,privileged,procMount,seLinuxOptions,seccompProfile_baseline,sysctls,windowsHostProcess,restrictedVolumes,runAsNonRoot")]
    [InlineData("v1.22", "appArmorProfile,hostNamespaces,hostPorts,privileged,procMount,seLinuxOptions,sysctls,windowsHostProcess,allowPrivilegeEscalation,capabilities_restricted,restrictedVolumes,runAsNonRoot,seccompProfile_restricted")]
    [InlineData("latest", "appArmorProfile,hostNamespaces,hostPorts,hostProbesAndHostLifecycle,privileged,seLinuxOptions,sysctls,windowsHostProcess,allowPrivilegeEscalation,capabilities_restricted,procMount_restricted,restrictedVolumes,runAsNonRoot,runAsUser,seccompProfile_restricted")]
    public void Restricted_runs_overrides_in_upstream_order(string version, string expected)
    {
        var ids = PodSecurityEvaluator.Default.CheckIds(Pss.Policy("restricted:" + version));
        Assert.Equal(expected, string.Join(",", ids));
    }

    [Fact]
    public void Privileged_runs_no_checks()
    {
        Assert.True(Pss.Check("privileged:latest", Pss.Pod("hostPID: true\ncontainers: [{name: a, image: x}]")).Allowed);
    }
}
