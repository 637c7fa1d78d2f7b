namespace Bulwark.Engine;

public enum InputKind
{
    /// <summary>YAML or JSON: Kubernetes manifests and compose files, told apart per document.</summary>
    Yaml,
    Dockerfile,

    /// <summary>Shell scripts and Makefiles, searched for <c>docker run</c> commands.</summary>
    Shell,
    Unknown,
}
