using Bulwark.Diagnostics;

namespace Bulwark.Profiles;

public enum MountKind
{
    /// <summary>Kubernetes emptyDir: a writable scratch volume.</summary>
    EmptyDir,

    /// <summary>Docker/compose tmpfs (or a Kubernetes emptyDir with medium Memory).</summary>
    Tmpfs,

    /// <summary>A host path or bind mount.</summary>
    HostPath,

    Secret,
    ConfigMap,

    /// <summary>Any other volume (named volume, PVC, projected, CSI, ...).</summary>
    Volume,
}

/// <summary>A filesystem mounted into the container, normalized across surfaces.</summary>
/// <param name="Target">Mount path inside the container.</param>
/// <param name="Kind">What backs it.</param>
/// <param name="Source">The host path for <see cref="MountKind.HostPath"/>, the volume/secret name otherwise.</param>
/// <param name="ReadOnly">Mounted read-only.</param>
/// <param name="Options">Mount options such as <c>noexec</c>, <c>nosuid</c> (tmpfs).</param>
/// <param name="Span">The mount's own text (volumeMount entry, compose volume, flag).</param>
public sealed record MountInfo(
    Setting<string> Target,
    MountKind Kind,
    Setting<string>? Source,
    bool ReadOnly,
    IReadOnlyList<string> Options,
    SourceSpan? Span);
