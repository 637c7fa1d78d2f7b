using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>One init, regular or ephemeral container, as the checks see it.</summary>
internal sealed class ContainerView
{
    public ContainerView(YamlMapping node, bool hostNetworkPortDefaulting)
    {
        Node = node;
        Name = node.Text("name");
        NameSpan = node.SpanOf("name") ?? node.Span;
        SecurityContext = node.Struct("securityContext");
        SecurityContextSpan = node.KeySpanOf("securityContext") ?? NameSpan;
        HostPortDefaulting = hostNetworkPortDefaulting;
    }

    public YamlMapping Node { get; }

    public string Name { get; }

    /// <summary>The <c>name:</c> value: where to point when a field is missing from this container.</summary>
    public SourceSpan NameSpan { get; }

    public YamlMapping? SecurityContext { get; }

    /// <summary>The <c>securityContext:</c> key, or the name when the container has none.</summary>
    public SourceSpan SecurityContextSpan { get; }

    /// <summary>True when the API server would copy containerPort into an unset hostPort (hostNetwork pods).</summary>
    public bool HostPortDefaulting { get; }
}
