using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Profiles;

/// <summary>
/// One container's effective runtime settings, normalized from whichever surface described it
/// (Kubernetes container + pod, compose service, docker run flags, docker inspect). Runtime rules
/// judge only this, so a practice has one rule with one ID on every surface. Unset = null.
/// </summary>
public sealed class ContainerProfile
{
    public required Surfaces Surface { get; init; }

    /// <summary>The file it came from, or a pseudo path such as <c>docker://name</c>.</summary>
    public required string File { get; init; }

    public required ObjectRef Object { get; init; }

    /// <summary>Container name (Kubernetes), service name (compose) or container name (engine).</summary>
    public required string Name { get; init; }

    /// <summary>Where to point when a setting is missing: the container's <c>name:</c> value or the service key.</summary>
    public required SourceSpan? Anchor { get; init; }

    public ContainerKind Kind { get; init; } = ContainerKind.Regular;

    public Setting<string>? Image { get; set; }

    public Setting<long>? RunAsUser { get; set; }

    public Setting<long>? RunAsGroup { get; set; }

    public Setting<bool>? RunAsNonRoot { get; set; }

    /// <summary>Kubernetes pod fsGroup / Docker supplementary group 0.</summary>
    public Setting<long>? FsGroup { get; set; }

    /// <summary>A non-numeric user name (Dockerfile/compose <c>user: app</c>): non-root by name only.</summary>
    public Setting<string>? UserName { get; set; }

    public List<Setting<string>> CapAdd { get; } = [];

    public List<Setting<string>> CapDrop { get; } = [];

    public Setting<bool>? Privileged { get; set; }

    public Setting<bool>? ReadOnlyRootFilesystem { get; set; }

    public Setting<bool>? AllowPrivilegeEscalation { get; set; }

    public List<MountInfo> Mounts { get; } = [];

    public Setting<string>? CpuLimit { get; set; }

    public Setting<string>? MemoryLimit { get; set; }

    public Setting<string>? CpuRequest { get; set; }

    public Setting<string>? MemoryRequest { get; set; }

    public Setting<string>? PidsLimit { get; set; }

    /// <summary>False where the surface has no per-container requests (ephemeral containers, docker run).</summary>
    public bool SupportsRequests { get; init; } = true;

    /// <summary>True where the surface has a per-container PID limit (Docker, compose).</summary>
    public bool SupportsPidsLimit { get; init; }

    public Setting<bool>? HostNetwork { get; set; }

    public Setting<bool>? HostPid { get; set; }

    public Setting<bool>? HostIpc { get; set; }

    /// <summary>Ports bound on the host (Kubernetes hostPort, Docker published ports).</summary>
    public List<Setting<int>> HostPorts { get; } = [];

    public Setting<string>? ProcMount { get; set; }

    /// <summary>Seccomp profile: <c>RuntimeDefault</c>, <c>Localhost</c>, <c>Unconfined</c> (Docker: <c>unconfined</c> or a path).</summary>
    public Setting<string>? SeccompProfile { get; set; }

    public Setting<string>? AppArmorProfile { get; set; }

    public List<EnvVarInfo> Env { get; } = [];

    public Location At(SourceSpan? span) => new(File, span ?? Anchor);
}
