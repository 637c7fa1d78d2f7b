using Bulwark.Diagnostics;

namespace Bulwark.Profiles;

/// <summary>Where an effective value came from.</summary>
public enum SettingOrigin
{
    /// <summary>Written on the container (or compose service, or docker run flag).</summary>
    Container,

    /// <summary>Inherited from the pod-level securityContext.</summary>
    Pod,

    /// <summary>Reported by a running engine, so there is no source text.</summary>
    Engine,
}

/// <summary>An effective value with the span of the text that set it (null for engine values).</summary>
public sealed record Setting<T>(T Value, SourceSpan? Span, SettingOrigin Origin = SettingOrigin.Container);
