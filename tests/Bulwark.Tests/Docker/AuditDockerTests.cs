using Bulwark.Diagnostics;
using Bulwark.DockerEngine;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Docker;

/// <summary>
/// Starts containers with known weaknesses and one with the seed's hardened flags on a real engine,
/// then checks that the audit reports exactly those weaknesses, per container, and nothing on the
/// hardened ones. Image rules are left out: a locally imported image has no registry digest.
/// </summary>
[Collection(DockerEngineCollection.Name)]
public sealed class AuditDockerTests : IDisposable
{
    private const string Prefix = "bulwark-audit-";

    // The seed's docker run flags, plus the PID limit the issue asks for (RT005 requires it on Docker).
    private static readonly string[] SeedFlags =
    [
        "--user", "1000:1000", "--cap-drop=ALL", "--cap-add=NET_BIND_SERVICE", "--read-only", "--tmpfs", "/tmp:rw,noexec,nosuid",
        "--memory=512m", "--cpus=0.5", "--pids-limit=256", "--security-opt=no-new-privileges", "--log-driver=json-file",
        "--log-opt", "max-size=10m", "--log-opt", "max-file=3",
    ];

    private static readonly Dictionary<string, (string[] Flags, string[] Expected)> Containers = new()
    {
        ["weak-defaults"] = (
            ["--network", "none", "-p", "8080:80", "--restart", "always", "-e", "DB_PASSWORD=hunter2hunter2", "-v", "/etc:/host-etc:ro"],
            ["DKR001", "DKR003", "DKR004", "RT001", "RT002", "RT004", "RT005", "RT006", "RT010", "SEC001"]),
        ["weak-confinement"] = (
            ["--network", "none", "--user", "0", "--cap-add", "SYS_ADMIN", "--security-opt", "seccomp=unconfined", "--security-opt", "systempaths=unconfined",
                "--security-opt", "apparmor=unconfined", "--log-driver", "none"],
            ["DKR001", "RT001", "RT002", "RT003", "RT004", "RT005", "RT006", "RT011", "RT012", "RT013"]),
        ["weak-network"] = ([.. SeedFlags, "--network", Prefix + "front"], ["DKR002"]),
        ["hardened"] = ([.. SeedFlags, "--network", "none"], []),
        ["hardened-internal"] = ([.. SeedFlags, "--network", Prefix + "back"], []),
    };

    public AuditDockerTests()
    {
        Dispose();
        DockerTestEngine.Docker("network", "create", Prefix + "front");
        DockerTestEngine.Docker("network", "create", "--internal", Prefix + "back");
        foreach (var (name, (flags, _)) in Containers)
        {
            var (exit, _, stderr) = DockerTestEngine.Docker(["run", "-d", "--name", Prefix + name, .. flags, DockerTestEngine.Image, "sleep", "600"]);
            Assert.True(exit == 0, $"cannot start {name}: {stderr}");
        }
    }

    public void Dispose()
    {
        DockerTestEngine.Remove([.. Containers.Keys.Select(n => Prefix + n)]);
        DockerTestEngine.Docker("network", "rm", Prefix + "front", Prefix + "back");
    }

    [DockerFact]
    public void Audit_reports_exactly_the_weaknesses_of_each_container()
    {
        using var client = new DockerApiClient(DockerHost.Parse(DockerTestEngine.Host), TimeSpan.FromSeconds(30));
        var session = DockerEngineAudit.LoadAsync(client, RuleOptions.Default, CancellationToken.None).GetAwaiter().GetResult();
        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Evaluate(session);

        foreach (var (name, (_, expected)) in Containers)
        {
            var found = result.Findings
                .Where(f => f.Object?.Name == Prefix + name && !f.Rule.Id.StartsWith("IMG", StringComparison.Ordinal))
                .Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(found), $"{name}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", found)}]");
        }

        Assert.All(result.Findings, f => Assert.Equal(("docker://" + f.Object!.Name, (SourceSpan?)null), (f.Location.File, f.Location.Span)));
    }

    [DockerFact]
    public void Cli_audit_exits_1_and_names_each_container()
    {
        var result = CliRunner.InProcess("audit", "docker", "--host", DockerTestEngine.Host, "--no-color", "--concise", "--ignore", "IMG");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("docker://" + Prefix + "weak-defaults", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("docker://" + Prefix + "hardened", result.Stdout, StringComparison.Ordinal);
    }
}
