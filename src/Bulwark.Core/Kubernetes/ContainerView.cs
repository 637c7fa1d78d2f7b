using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>One container of a pod template, with its list key and index for JSON-pointer paths.</summary>
public sealed record ContainerView(PodTemplate Pod, YamlMapping Node, ContainerKind Kind, string ListKey, int Index)
{
    public static readonly IReadOnlyList<(string Key, ContainerKind Kind)> Lists =
    [
        ("initContainers", ContainerKind.Init),
        ("containers", ContainerKind.Regular),
        ("ephemeralContainers", ContainerKind.Ephemeral),
    ];

    public string Name => Node.String("name") ?? $"{ListKey}[{Index}]";

    public YamlMapping? SecurityContext => Node.Mapping("securityContext");

    /// <summary>The container's <c>name:</c> value, or the container mapping itself.</summary>
    public Diagnostics.SourceSpan Anchor => (Node["name"] ?? Node).Span;
}
