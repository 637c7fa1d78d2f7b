using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// One <c>spec.volumes[]</c> entry after API defaulting: a volume with no source at all is an
/// <c>emptyDir</c> by the time admission sees it (see <see cref="ApiDefaulting"/>).
/// </summary>
internal sealed class VolumeView
{
    public VolumeView(YamlMapping node)
    {
        Node = node;
        Name = node.Text("name");
        NameSpan = node.SpanOf("name") ?? node.Span;
        IsDefaultedEmptyDir = ApiDefaulting.BecomesEmptyDir(node);
    }

    public YamlMapping Node { get; }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public bool IsDefaultedEmptyDir { get; }

    /// <summary>True when the source <paramref name="key"/> is set (non-nil), counting the emptyDir default.</summary>
    public bool Has(string key) => Node.Field(key) is not null || (IsDefaultedEmptyDir && key == "emptyDir");

    public SourceSpan SpanOf(string key) => Node.KeySpanOf(key) ?? NameSpan;
}
