using Bulwark.Docker;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.Tests.Compose;

/// <summary>How compose services become profiles: spellings, anchors, merge keys, extends, tags.</summary>
public sealed class ComposeModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-compose-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Merge_keys_and_anchors_bring_settings_and_explicit_keys_win()
    {
        var p = Profile("""
            x-hardened: &hardened
              read_only: true
              user: "1000"
              cap_drop: [ALL]
            services:
              app:
                <<: *hardened
                user: "2000"
                image: a:1
            """);
        Assert.True(p.ReadOnlyRootFilesystem?.Value);
        Assert.Equal(2000, p.RunAsUser?.Value);
        Assert.Equal(4, p.CapDrop[0].Span?.Start.Line);
    }

    [Fact]
    public void Extends_in_the_same_file_merges_sequences_and_overrides_scalars()
    {
        var p = Profile("""
            services:
              base:
                image: a:1
                user: "1000"
                cap_add: [NET_BIND_SERVICE]
                environment: {A: "1", B: "2"}
              app:
                extends: base
                user: "2000"
                cap_add: [CHOWN]
                environment: ["B=3"]
            """, "app");
        Assert.Equal(2000, p.RunAsUser?.Value);
        Assert.Equal(["NET_BIND_SERVICE", "CHOWN"], p.CapAdd.Select(c => c.Value));
        Assert.Equal(["A=1", "B=3"], p.Env.Select(e => e.Name.Value + "=" + e.Value?.Value).Order());
        Assert.Equal("a:1", p.Image?.Value);
    }

    [Fact]
    public void Extends_from_another_file_points_at_the_extends_key()
    {
        File.WriteAllText(Path.Combine(_dir, "common.yml"), "services:\n  hardened:\n    privileged: true\n    image: base:1\n");
        var main = Path.Combine(_dir, "compose.yaml");
        File.WriteAllText(main, "services:\n  app:\n    extends:\n      file: common.yml\n      service: hardened\n");
        var session = new ScanEngine([], RuleOptions.Default).Load([new ScanInput(main)]);
        Assert.Empty(session.Errors);
        var p = Assert.Single(session.Models<ContainerProfile>());
        Assert.True(p.Privileged?.Value);
        Assert.Equal(3, p.Privileged?.Span?.Start.Line);
    }

    [Theory]
    [InlineData("services:\n  app:\n    extends: app\n", "cycle")]
    [InlineData("services:\n  app:\n    extends: missing\n", "not found")]
    [InlineData("services:\n  app:\n    extends: {file: nope.yml, service: x}\n", "cannot read")]
    public void Broken_extends_is_an_error_at_the_extends_key(string yaml, string message)
    {
        var file = Path.Combine(_dir, "compose.yaml");
        File.WriteAllText(file, yaml);
        var session = new ScanEngine([], RuleOptions.Default).Load([new ScanInput(file)]);
        var error = Assert.Single(session.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Reset_and_override_tags_replace_inherited_sequences()
    {
        var yaml = "services:\n  base:\n    image: a:1\n    cap_add: [SYS_ADMIN]\n    security_opt: [\"seccomp=unconfined\"]\n"
            + "  app:\n    extends: base\n    cap_add: !reset []\n    security_opt: !override [\"no-new-privileges:true\"]\n";
        var p = Profile(yaml, "app");
        Assert.Empty(p.CapAdd);
        Assert.Null(p.SeccompProfile);
        Assert.False(p.AllowPrivilegeEscalation?.Value);
    }

    [Fact]
    public void Volumes_tmpfs_and_secrets_become_mounts()
    {
        var p = Profile("""
            services:
              app:
                image: a:1
                tmpfs: /run:exec
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock:ro
                  - data:/data
                  - type: tmpfs
                    target: /tmp
                secrets: [token]
            """);
        Assert.Collection(
            p.Mounts,
            m => Assert.Equal((MountKind.HostPath, "/var/run/docker.sock", true), (m.Kind, m.Source?.Value, m.ReadOnly)),
            m => Assert.Equal((MountKind.Volume, "data"), (m.Kind, m.Source?.Value)),
            m => Assert.Equal((MountKind.Tmpfs, "/tmp", true), (m.Kind, m.Target.Value, m.Options.Contains("noexec"))),
            m => Assert.Equal((MountKind.Tmpfs, "/run", "exec"), (m.Kind, m.Target.Value, m.Options.First(o => o.EndsWith("exec", StringComparison.Ordinal)))),
            m => Assert.Equal((MountKind.Secret, "/run/secrets/token", true), (m.Kind, m.Target.Value, m.ReadOnly)));
    }

    [Fact]
    public void Environment_list_values_point_at_the_value_text()
    {
        var p = Profile("services:\n  app:\n    image: a:1\n    environment:\n      - DB_PASSWORD=hunter2hunter2\n");
        var env = Assert.Single(p.Env);
        Assert.Equal((5, 21), (env.Value!.Span!.Value.Start.Line, env.Value.Span.Value.Start.Column));
    }

    [Fact]
    public void Networks_know_whether_they_are_internal()
    {
        var session = Load("services:\n  app:\n    image: a:1\n    networks: [front, back, corp]\nnetworks:\n  front: {}\n  back: {internal: true}\n  corp: {external: true}\n");
        var docker = Assert.Single(session.Models<DockerContainer>());
        Assert.Equal([false, true, null], docker.Networks!.Select(n => n.Internal));
    }

    private ContainerProfile Profile(string yaml, string service = "app") =>
        Load(yaml).Models<ContainerProfile>().Single(p => p.Name == service);

    private AnalysisSession Load(string yaml)
    {
        var file = Path.Combine(_dir, "compose.yaml");
        File.WriteAllText(file, yaml);
        var session = new ScanEngine([], RuleOptions.Default).Load([new ScanInput(file)]);
        Assert.Empty(session.Errors);
        return session;
    }
}
