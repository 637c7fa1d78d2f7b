using System.Text.Json;
using Bulwark.DockerEngine;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Tests.Docker;

/// <summary>
/// The engine adapter on inspect documents this sandbox cannot produce (a privileged container
/// does not start here: the sandbox's capability bounding set lacks CAP_SYS_RESOURCE).
/// </summary>
public sealed class EngineProfilesTests
{
    private const string PrivilegedInspect = """
        {
          "Id": "abc", "Name": "/agent", "AppArmorProfile": "unconfined",
          "Config": { "User": "", "Image": "agent:2.1", "Env": ["PATH=/usr/bin", "API_KEY=AKIAABCDEFGHIJKLMNOP"] },
          "HostConfig": {
            "Privileged": true, "ReadonlyRootfs": false, "NetworkMode": "host", "PidMode": "host",
            "CapAdd": null, "CapDrop": null, "SecurityOpt": ["label=disable"], "MaskedPaths": [],
            "Memory": 0, "NanoCpus": 0, "PidsLimit": null, "PublishAllPorts": false,
            "LogConfig": { "Type": "json-file", "Config": { "max-size": "10m", "max-file": "3" } },
            "RestartPolicy": { "Name": "on-failure", "MaximumRetryCount": 5 },
            "PortBindings": { "80/tcp": [ { "HostIp": "127.0.0.1", "HostPort": "8080" } ] },
            "Tmpfs": { "/run": "rw,exec" }
          },
          "Mounts": [ { "Type": "bind", "Source": "/", "Destination": "/host", "RW": false } ],
          "NetworkSettings": { "Networks": { "host": { "NetworkID": "n1" } } }
        }
        """;

    [Fact]
    public void A_privileged_host_agent_is_judged_from_its_inspect_document()
    {
        var inspect = JsonSerializer.Deserialize(PrivilegedInspect, DockerJsonContext.Default.ContainerInspect)!;
        var docker = EngineProfiles.Build(inspect, new EngineInfo { LoggingDriver = "json-file" }, [new NetworkResource { Name = "host", Id = "n1" }]);
        var session = new AnalysisSession(RuleOptions.Default);
        session.Add(docker.Profile);
        session.Add(docker);

        var ids = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Evaluate(session).Findings.Select(f => f.Rule.Id).Distinct().Order().ToList();

        // Privileged implies unmasked paths, so RT011 is not claimed; host network makes DKR002/DKR003 moot.
        Assert.Equal(["IMG002", "RT001", "RT002", "RT004", "RT005", "RT006", "RT007", "RT008", "RT010", "RT013", "SEC001"], ids);
        Assert.Equal("docker://agent", docker.Profile.File);
    }

    [Fact]
    public void An_empty_log_type_takes_the_daemon_driver_from_info()
    {
        var inspect = new ContainerInspect { Name = "/x", HostConfig = new HostConfig { LogConfig = new LogConfig() } };
        var docker = EngineProfiles.Build(inspect, new EngineInfo { LoggingDriver = "journald" }, []);
        Assert.Equal("journald", docker.Logging?.Driver?.Value);
    }
}
