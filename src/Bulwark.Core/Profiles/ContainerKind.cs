namespace Bulwark.Profiles;

public enum ContainerKind
{
    Regular,
    Init,

    /// <summary>Kubernetes ephemeral (debug) container: resources are forbidden on it.</summary>
    Ephemeral,
}
