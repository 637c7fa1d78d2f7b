using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>
/// A typed view over one Kubernetes object's YAML mapping. It deserializes nothing, so every value
/// can still be pointed at; <see cref="File"/> names the source.
/// </summary>
public sealed class KubernetesObject
{
    public KubernetesObject(string file, YamlMapping root, string defaultNamespace)
    {
        File = file;
        Root = root;
        ApiVersion = root.String("apiVersion");
        Kind = root.String("kind") ?? string.Empty;
        Metadata = root.Mapping("metadata");
        Name = Metadata?.String("name") ?? Metadata?.String("generateName") ?? "(unnamed)";
        DeclaredNamespace = Metadata?.String("namespace");
        Namespace = Kind == "Namespace" ? Name : DeclaredNamespace ?? defaultNamespace;
    }

    public string File { get; }

    public YamlMapping Root { get; }

    public string? ApiVersion { get; }

    public string Kind { get; }

    public YamlMapping? Metadata { get; }

    public string Name { get; }

    /// <summary>The namespace written in the manifest, if any.</summary>
    public string? DeclaredNamespace { get; }

    /// <summary>The namespace the object lands in: declared, else the scan's default namespace.</summary>
    public string Namespace { get; }

    public bool IsClusterScoped => Kind is "Namespace" or "ClusterRole" or "ClusterRoleBinding" or "PersistentVolume" or "StorageClass" or "CustomResourceDefinition" or "Node" or "PriorityClass";

    public ObjectRef Ref => new(ApiVersion, Kind, IsClusterScoped ? null : Namespace, Name);

    public YamlMapping? Labels => Metadata?.Mapping("labels");

    public YamlMapping? Annotations => Metadata?.Mapping("annotations");

    /// <summary>Where to point at the object as a whole: its <c>metadata.name</c> value, else <c>kind</c>.</summary>
    public SourceSpan Anchor =>
        (Metadata?["name"] ?? Root["kind"] ?? Root).Span;

    public Location At(SourceSpan? span) => new(File, span ?? Anchor);
}
