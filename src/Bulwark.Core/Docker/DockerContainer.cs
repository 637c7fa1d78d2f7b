using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Docker;

/// <summary>
/// The Docker-only settings of one container (compose service, <c>docker run</c> command or running
/// container), kept beside its <see cref="ContainerProfile"/>: the <c>DKR</c> rules judge these, the
/// runtime rules judge the profile.
/// </summary>
public sealed class DockerContainer
{
    public required ContainerProfile Profile { get; init; }

    /// <summary>Log driver and options; null when nothing is set, so the daemon's default applies.</summary>
    public DockerLogging? Logging { get; set; }

    /// <summary>True when <see cref="Logging"/> is what the engine reports (daemon defaults merged in).</summary>
    public bool LoggingIsEffective { get; init; }

    public Setting<RestartPolicy>? Restart { get; set; }

    public List<PublishedPort> Ports { get; } = [];

    /// <summary><c>-P</c> / <c>PublishAllPorts</c>: every exposed port on every interface.</summary>
    public Setting<bool>? PublishAll { get; set; }

    /// <summary>The networks it sits on; null when the surface cannot tell (docker run, host or shared network mode).</summary>
    public List<NetworkAttachment>? Networks { get; set; }
}

/// <summary>A log driver with its options (option values keep their own spans).</summary>
public sealed record DockerLogging(Setting<string>? Driver, IReadOnlyDictionary<string, Setting<string>> Options, SourceSpan? Span);

/// <summary><c>no</c>, <c>always</c>, <c>unless-stopped</c> or <c>on-failure</c>, with its retry limit (0 = unlimited).</summary>
public sealed record RestartPolicy(string Name, int MaxRetries);

/// <summary>
/// A published port. <see cref="HostIp"/> is null or empty when none is given, which Docker binds
/// on every interface; <see cref="HostPort"/> is null for an ephemeral host port.
/// </summary>
public sealed record PublishedPort(string? HostIp, string? HostPort, string ContainerPort, SourceSpan? Span)
{
    /// <summary>True when the port listens on every interface (no host IP, 0.0.0.0 or ::). Unknown (interpolated) IPs are not.</summary>
    public bool OnAllInterfaces => string.IsNullOrEmpty(HostIp) || HostIp is "0.0.0.0" or "::" or "[::]";

    public string Describe() =>
        (string.IsNullOrEmpty(HostIp) ? string.Empty : HostIp + ":") + (HostPort is null ? string.Empty : HostPort + ":") + ContainerPort;
}

/// <summary>A network the container is attached to; <see cref="Internal"/> is null when unknown (external network).</summary>
public sealed record NetworkAttachment(string Name, bool? Internal, SourceSpan? Span);
