using Bulwark.Docker;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>A service's <c>ports</c>: short syntax (<c>"127.0.0.1:8080:80/tcp"</c>) and long syntax (<c>target</c>, <c>published</c>, <c>host_ip</c>).</summary>
internal static class ComposePorts
{
    public static IEnumerable<PublishedPort> Read(ComposeService s)
    {
        foreach (var item in s.Items("ports"))
        {
            if (item.Text is { } shortSyntax)
            {
                yield return PortSpec.Parse(shortSyntax, item.Span);
            }
            else if (item.Node is YamlMapping map && ComposeValues.Text(map["target"]) is { } target)
            {
                var published = ComposeValues.Text(map["published"]);
                yield return new PublishedPort(ComposeValues.Text(map["host_ip"]), published, target, item.Span);
            }
        }
    }
}
