using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.DockerRun;

/// <summary>
/// Lowers a parsed <c>docker run</c> to a <see cref="ContainerProfile"/> and a
/// <see cref="DockerContainer"/>, each setting pointing at the flag that set it. Later flags win
/// for single-value flags, as in Docker's CLI; list flags accumulate.
/// </summary>
public static class DockerRunProfiles
{
    public static DockerContainer Build(string file, ParsedDockerRun command, TextPositions positions)
    {
        var name = command.Last("name")?.Value;
        var image = command.Image;
        var profile = new ContainerProfile
        {
            Surface = Surfaces.DockerRun,
            File = file,
            Object = new ObjectRef(null, "DockerRun", null, name ?? $"line {positions.At(command.Start).Line}"),
            Name = name ?? image?.Text ?? "docker " + command.Verb,
            Anchor = positions.Span(command.Start, command.VerbEnd),
            SupportsRequests = false,
            SupportsPidsLimit = true,
            Image = image is null ? null : new Setting<string>(image.Text, positions.Span(image.Start, image.End)),
        };
        var docker = new DockerContainer { Profile = profile };
        var logging = new DockerRunLogging();
        foreach (var flag in command.Flags)
        {
            var span = positions.Span(flag.Start, flag.End);
            if (!DockerRunSettings.Apply(profile, flag, span) && !DockerRunSettings.ApplyDocker(docker, flag, span))
            {
                logging.Apply(flag, span);
            }
        }

        docker.Logging = logging.Result();
        return docker;
    }
}

/// <summary>Collects <c>--log-driver</c> and <c>--log-opt key=value</c> flags.</summary>
internal sealed class DockerRunLogging
{
    private readonly Dictionary<string, Setting<string>> _options = new(StringComparer.Ordinal);
    private Setting<string>? _driver;
    private SourceSpan? _first;

    public void Apply(ParsedFlag flag, SourceSpan span)
    {
        if (flag.Flag.Name == "log-driver")
        {
            _driver = new Setting<string>(flag.Value, span);
        }
        else if (flag.Flag.Name == "log-opt" && flag.Value.Split('=', 2) is [var key, var value])
        {
            _options[key] = new Setting<string>(value, span);
        }
        else
        {
            return;
        }

        _first ??= span;
    }

    public DockerLogging? Result() => _first is null ? null : new DockerLogging(_driver, _options, _driver?.Span ?? _first);
}
