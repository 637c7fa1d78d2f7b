using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>The Docker-only settings of a compose service: logging, restart policy, published ports and networks.</summary>
internal static class ComposeDockerSettings
{
    public static DockerContainer Build(ComposeProject project, ComposeService s, ContainerProfile profile)
    {
        var docker = new DockerContainer
        {
            Profile = profile,
            Logging = Logging(s),
            Restart = Restart(s),
            Networks = Networks(project, s),
        };
        docker.Ports.AddRange(ComposePorts.Read(s));
        return docker;
    }

    private static DockerLogging? Logging(ComposeService s)
    {
        if (s.Find("logging") is not { Node: YamlMapping map } logging)
        {
            return null;
        }

        var driver = ComposeValues.Text(map["driver"]) is { } d ? new Setting<string>(d, logging.Layer.SpanOf(map["driver"]!)) : null;
        var options = new Dictionary<string, Setting<string>>(StringComparer.Ordinal);
        foreach (var option in map.Mapping("options")?.EffectiveEntries() ?? [])
        {
            if (option.KeyText is { } key && ComposeValues.Text(option.Value) is { } value)
            {
                options[key] = new Setting<string>(value, logging.Layer.SpanOf(option.Value));
            }
        }

        return new DockerLogging(driver, options, s.KeySpanOf("logging") ?? logging.Span);
    }

    /// <summary><c>restart</c> wins; otherwise compose maps <c>deploy.restart_policy</c> (condition any = always).</summary>
    private static Setting<RestartPolicy>? Restart(ComposeService s)
    {
        if (s.Scalar("restart") is { } restart)
        {
            return RestartSpec.Parse(restart.Text) is { } policy ? new Setting<RestartPolicy>(policy, restart.Span) : null;
        }

        if (s.Find("deploy", "restart_policy") is not { Node: YamlMapping map } found)
        {
            return null;
        }

        var attempts = int.TryParse(ComposeValues.Text(map["max_attempts"]), out var n) ? n : 0;
        var name = (ComposeValues.Text(map["condition"]) ?? "any") switch
        {
            "none" => "no",
            "on-failure" => "on-failure",
            _ => "always",
        };
        return new Setting<RestartPolicy>(new RestartPolicy(name, attempts), s.KeySpanOf("deploy", "restart_policy") ?? found.Span);
    }

    /// <summary>
    /// The networks a service joins: its <c>networks</c> (list or map), or the project's
    /// <c>default</c> network when it names none. <c>network_mode: none</c> joins nothing; host and
    /// shared (<c>service:</c>, <c>container:</c>) modes are not judged here.
    /// </summary>
    private static List<NetworkAttachment>? Networks(ComposeProject project, ComposeService s)
    {
        if (s.Scalar("network_mode") is { } mode)
        {
            return mode.Text switch
            {
                "none" => [],
                "bridge" => [new NetworkAttachment("bridge", false, mode.Span)],
                _ => null,
            };
        }

        if (s.Find("networks") is not { } networks)
        {
            return [Attachment(project, "default", s.KeySpan)];
        }

        var names = networks.Node switch
        {
            YamlSequence list => list.Scalars.Select(n => (n.Value, networks.Layer.SpanOf(n))),
            YamlMapping map => map.EffectiveEntries().Where(e => e.KeyText is not null).Select(e => (e.KeyText!, networks.Layer.SpanOf(e.Key))),
            _ => [],
        };
        return [.. names.Select(n => Attachment(project, n.Item1, n.Item2))];
    }

    private static NetworkAttachment Attachment(ComposeProject project, string name, SourceSpan span)
    {
        var network = project.Network(name);
        return new NetworkAttachment(name, network.External ? null : network.Internal, span);
    }
}
