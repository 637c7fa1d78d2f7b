namespace Bulwark.Diagnostics;

/// <summary>
/// The logical object a finding belongs to: a Kubernetes object, a compose service
/// (<c>Kind</c> = <c>ComposeService</c>), a Docker container or a Dockerfile stage.
/// </summary>
public sealed record ObjectRef(string? ApiVersion, string Kind, string? Namespace, string Name)
{
    public override string ToString() =>
        Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
