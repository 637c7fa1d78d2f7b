using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// A pod as the checks read it, after the API server's defaulting: annotations, pod-level fields,
/// containers in upstream's visit order (init, regular, ephemeral) and volumes.
/// </summary>
internal sealed class PodView
{
    private static readonly string[] ContainerLists = ["initContainers", "containers", "ephemeralContainers"];

    public PodView(PodInput input)
    {
        Spec = input.Spec;
        SpecSpan = input.SpecKey ?? SourceSpan.At(input.Spec.Span.Start);
        Annotations = ReadAnnotations(input.Metadata.Struct("annotations"));
        SecurityContext = Spec.Struct("securityContext");
        SecurityContextSpan = Spec.KeySpanOf("securityContext") ?? SpecSpan;
        var portDefaulting = ApiDefaulting.DefaultsHostPorts(input);
        Containers = ContainerLists
            .SelectMany(key => Spec.StructList(key))
            .Select(c => new ContainerView(c, portDefaulting))
            .ToList();
        Volumes = Spec.StructList("volumes").Select(v => new VolumeView(v)).ToList();
    }

    public YamlMapping Spec { get; }

    /// <summary>The <c>spec:</c> key: where to point when a pod-level field is missing.</summary>
    public SourceSpan SpecSpan { get; }

    public IReadOnlyDictionary<string, (string Value, SourceSpan Span)> Annotations { get; }

    public YamlMapping? SecurityContext { get; }

    public SourceSpan SecurityContextSpan { get; }

    public IReadOnlyList<ContainerView> Containers { get; }

    public IReadOnlyList<VolumeView> Volumes { get; }

    /// <summary><c>spec.hostUsers</c> explicitly false: the pod runs in a user namespace.</summary>
    public bool UsesUserNamespace => Spec.BoolField("hostUsers") == false;

    public bool IsWindows => Spec.Struct("os").Text("name") == "windows";

    private static Dictionary<string, (string, SourceSpan)> ReadAnnotations(YamlMapping? annotations)
    {
        var result = new Dictionary<string, (string, SourceSpan)>(StringComparer.Ordinal);
        foreach (var entry in annotations?.EffectiveEntries() ?? [])
        {
            var value = entry.Value is YamlScalar { IsNull: false } s ? s.Value : string.Empty;
            result[entry.KeyText!] = (value, entry.Value.Span);
        }

        return result;
    }
}
