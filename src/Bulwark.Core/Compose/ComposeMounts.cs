using Bulwark.Docker;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// A service's filesystems: <c>volumes</c> (short <c>src:dst:ro</c> and long syntax with <c>type</c>
/// bind, volume or tmpfs), <c>tmpfs</c> (a string or a list, with options) and <c>secrets</c>, which
/// compose mounts read-only at <c>/run/secrets/&lt;name&gt;</c>.
/// </summary>
internal static class ComposeMounts
{
    public static void Fill(ContainerProfile p, ComposeService s)
    {
        foreach (var volume in s.Items("volumes"))
        {
            if (Volume(volume) is { } mount)
            {
                p.Mounts.Add(mount);
            }
        }

        foreach (var tmpfs in s.Items("tmpfs"))
        {
            if (tmpfs.Text is { } spec)
            {
                p.Mounts.Add(MountSpec.Tmpfs(spec, tmpfs.Span));
            }
        }

        foreach (var secret in s.Items("secrets"))
        {
            p.Mounts.Add(Secret(secret));
        }
    }

    private static MountInfo? Volume(Located item)
    {
        if (item.Text is { } shortSyntax)
        {
            return MountSpec.Volume(shortSyntax, item.Span);
        }

        if (item.Node is not YamlMapping map || ComposeValues.Text(map["target"]) is not { } target)
        {
            return null;
        }

        var readOnly = ComposeValues.Bool(map["read_only"]) == true;
        var source = ComposeValues.Text(map["source"]);
        return ComposeValues.Text(map["type"]) switch
        {
            "tmpfs" => MountSpec.TmpfsMount(target, readOnly ? ["ro"] : [], item.Span),
            "bind" => new MountInfo(new(target, item.Span), MountKind.HostPath, source is null ? null : new(source, item.Span), readOnly, [], item.Span),
            _ when source is null => new MountInfo(new(target, item.Span), MountKind.Volume, null, readOnly, [], item.Span),
            _ => new MountInfo(new(target, item.Span), MountKind.Volume, new(source, item.Span), readOnly, [], item.Span),
        };
    }

    private static MountInfo Secret(Located item)
    {
        var map = item.Node as YamlMapping;
        var name = item.Text ?? ComposeValues.Text(map?["source"]) ?? "(secret)";
        var target = ComposeValues.Text(map?["target"]) ?? name;
        var path = target.StartsWith('/') ? target : "/run/secrets/" + target;
        return new MountInfo(new(path, item.Span), MountKind.Secret, new(name, item.Span), true, [], item.Span);
    }
}
