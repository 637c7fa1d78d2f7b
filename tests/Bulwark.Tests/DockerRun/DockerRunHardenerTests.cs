using Bulwark.DockerRun;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.DockerRun;

/// <summary><c>bulwark docker-run --harden</c>: adds what is missing, removes what is unsafe, keeps the rest.</summary>
public sealed class DockerRunHardenerTests
{
    private const string SeedFlags = "--user 1000:1000 --cap-drop=ALL --read-only --tmpfs /tmp:rw,noexec,nosuid --memory=512m --cpus=0.5 --pids-limit=256 --security-opt=no-new-privileges --log-driver=json-file --log-opt max-size=10m --log-opt max-file=3";

    [Fact]
    public void A_bare_command_gets_every_control_of_the_seed_before_the_image()
    {
        var (hardened, changes) = Harden("docker run --rm myapp:1.0 serve --port 80");
        Assert.Equal($"docker run --rm {SeedFlags} myapp:1.0 serve --port 80", hardened);
        Assert.All(changes, c => Assert.Equal(HardenAction.Added, c.Action));
    }

    [Fact]
    public void Unsafe_flags_are_removed_and_safe_user_choices_kept()
    {
        var (hardened, changes) = Harden("docker run -itd -u0 --privileged --cap-add SYS_ADMIN --cap-add NET_BIND_SERVICE --security-opt seccomp=unconfined --memory 1g -p 8080:80 app:1");
        Assert.StartsWith("docker run -itd --cap-add NET_BIND_SERVICE --memory 1g -p 8080:80 --user 1000:1000 --cap-drop=ALL", hardened, StringComparison.Ordinal);
        Assert.DoesNotContain("privileged", hardened, StringComparison.Ordinal);
        Assert.DoesNotContain("SYS_ADMIN", hardened, StringComparison.Ordinal);
        Assert.DoesNotContain("--memory=512m", hardened, StringComparison.Ordinal);
        Assert.Contains(changes, c => c.Action == HardenAction.Removed && c.Text == "--security-opt seccomp=unconfined");
        Assert.Contains(changes, c => c.Action == HardenAction.Kept && c.Text == "--publish 8080:80");
        Assert.Contains(changes, c => c.Action == HardenAction.Replaced && c.Text == "--user 1000:1000");
    }

    [Fact]
    public void A_bundle_that_loses_a_member_is_spelled_out()
    {
        var (hardened, _) = Harden("docker run -dP --rm app:1");
        Assert.StartsWith("docker run -dP --rm", hardened, StringComparison.Ordinal);
        (hardened, _) = Harden("docker run -itu 1000 app:1");
        Assert.StartsWith("docker run -itu 1000 --cap-drop=ALL", hardened, StringComparison.Ordinal);
        (hardened, _) = Harden("docker run -itu 0 app:1");
        Assert.StartsWith("docker run --interactive --tty --user 1000:1000 --cap-drop=ALL", hardened, StringComparison.Ordinal);
        (hardened, _) = Harden("docker run -d --network=host app:1");
        Assert.DoesNotContain("host", hardened, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hardened_command_has_no_runtime_findings()
    {
        var (hardened, _) = Harden("docker run -d --privileged --tmpfs /tmp:exec --log-driver none -e TOKEN=$TOKEN app:1.0@sha256:" + new string('a', 64) + " serve");
        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput("run.sh", hardened)]);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Cli_prints_the_command_on_stdout_and_the_reasons_on_stderr()
    {
        var result = CliRunner.InProcess("docker-run", "--harden", "--", "docker", "run", "--rm", "alpine:3.19", "sh", "-c", "echo 'hi there'");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"docker run --rm {SeedFlags} alpine:3.19 sh -c 'echo '\\''hi there'\\'''", result.Stdout.Trim());
        Assert.Contains("+ added --read-only", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_audits_a_command_given_as_one_string_and_rejects_unknown_flags()
    {
        var audit = CliRunner.InProcess("docker-run", "--no-color", "docker run --privileged alpine:3.19");
        Assert.Equal(1, audit.ExitCode);
        Assert.Contains("RT007", audit.Stdout, StringComparison.Ordinal);
        var bad = CliRunner.InProcess("docker-run", "--", "docker", "run", "--nope", "alpine");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown flag --nope", bad.Stdout + bad.Stderr, StringComparison.Ordinal);
    }

    private static (string, IReadOnlyList<HardenChange>) Harden(string line)
    {
        var run = Assert.Single(DockerCommandFinder.Find(line));
        return DockerRunHardener.Harden(line, run, new HashSet<string>(["NET_BIND_SERVICE"]), new HardenDefaults());
    }
}
