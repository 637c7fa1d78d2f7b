using Bulwark.Compose;
using Bulwark.DockerRun;
using Bulwark.Dockerfile;
using Bulwark.Kubernetes;

namespace Bulwark.Engine;

/// <summary>The input handlers, in the order they are asked. Adding a surface means adding it here.</summary>
public static class InputHandlers
{
    public static IReadOnlyList<IYamlDocumentHandler> Yaml { get; } =
    [
        new KubernetesDocumentHandler(),
        new ComposeDocumentHandler(),
    ];

    public static IReadOnlyList<ITextInputHandler> Text { get; } =
    [
        new ShellScriptHandler(),
        new DockerfileInputHandler(),
    ];
}
