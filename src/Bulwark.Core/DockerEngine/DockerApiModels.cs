namespace Bulwark.DockerEngine;

// The parts of the Docker Engine API (v1.41+) the audit reads; property names are the API's own.
#pragma warning disable CA1819, CA2227 // DTOs mirror the API's JSON arrays and maps.

public sealed class ContainerSummary
{
    public string Id { get; set; } = string.Empty;

    public string[]? Names { get; set; }
}

public sealed class ContainerInspect
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? AppArmorProfile { get; set; }

    public ContainerConfig? Config { get; set; }

    public HostConfig? HostConfig { get; set; }

    public MountPoint[]? Mounts { get; set; }

    public NetworkSettings? NetworkSettings { get; set; }
}

public sealed class ContainerConfig
{
    public string? User { get; set; }

    public string[]? Env { get; set; }

    public string? Image { get; set; }
}

public sealed class HostConfig
{
    public LogConfig? LogConfig { get; set; }

    public string? NetworkMode { get; set; }

    public Dictionary<string, PortBinding[]?>? PortBindings { get; set; }

    public RestartPolicyConfig? RestartPolicy { get; set; }

    public string[]? CapAdd { get; set; }

    public string[]? CapDrop { get; set; }

    public string[]? GroupAdd { get; set; }

    public string? IpcMode { get; set; }

    public string? PidMode { get; set; }

    public bool Privileged { get; set; }

    public bool PublishAllPorts { get; set; }

    public bool ReadonlyRootfs { get; set; }

    public string[]? SecurityOpt { get; set; }

    public Dictionary<string, string>? Tmpfs { get; set; }

    public long Memory { get; set; }

    public long MemoryReservation { get; set; }

    public long NanoCpus { get; set; }

    public long CpuQuota { get; set; }

    public long? PidsLimit { get; set; }

    public string[]? MaskedPaths { get; set; }
}

public sealed class LogConfig
{
    public string? Type { get; set; }

    public Dictionary<string, string>? Config { get; set; }
}

public sealed class PortBinding
{
    public string? HostIp { get; set; }

    public string? HostPort { get; set; }
}

public sealed class RestartPolicyConfig
{
    public string? Name { get; set; }

    public int MaximumRetryCount { get; set; }
}

public sealed class MountPoint
{
    public string? Type { get; set; }

    public string? Source { get; set; }

    public string? Destination { get; set; }

    public bool RW { get; set; }
}

public sealed class NetworkSettings
{
    public Dictionary<string, EndpointSettings>? Networks { get; set; }
}

public sealed class EndpointSettings
{
    public string? NetworkID { get; set; }
}

public sealed class EngineInfo
{
    public string? LoggingDriver { get; set; }

    public string? ServerVersion { get; set; }
}

public sealed class NetworkResource
{
    public string Name { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public bool Internal { get; set; }
}
