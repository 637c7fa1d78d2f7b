namespace Bulwark.DockerEngine;

/// <summary>
/// Where the engine listens: <c>unix:///path/docker.sock</c> (the default,
/// <c>/var/run/docker.sock</c>) or plain <c>tcp://host:port</c>. TLS, ssh:// and npipe:// are not
/// supported; such a host is rejected with a clear message.
/// </summary>
public sealed record DockerHost(string Raw, string? SocketPath, Uri? HttpBase)
{
    public const string DefaultUnix = "unix:///var/run/docker.sock";

    /// <summary>The host named by <paramref name="flag"/>, else <paramref name="environment"/> (DOCKER_HOST), else the default socket.</summary>
    public static string Choose(string? flag, string? environment) =>
        !string.IsNullOrWhiteSpace(flag) ? flag : !string.IsNullOrWhiteSpace(environment) ? environment : DefaultUnix;

    public static DockerHost Parse(string raw)
    {
        if (raw.StartsWith("unix://", StringComparison.Ordinal) && raw.Length > "unix://".Length)
        {
            return new DockerHost(raw, raw["unix://".Length..], null);
        }

        if (raw.StartsWith("tcp://", StringComparison.Ordinal) && Uri.TryCreate("http://" + raw["tcp://".Length..], UriKind.Absolute, out var uri))
        {
            return new DockerHost(raw, null, uri);
        }

        throw new DockerEngineException($"unsupported Docker host '{raw}': use unix:///path/to/docker.sock or tcp://host:port");
    }
}

/// <summary>The engine could not be reached or answered with an error.</summary>
public sealed class DockerEngineException : Exception
{
    public DockerEngineException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public DockerEngineException()
    {
    }

    public DockerEngineException(string message)
        : base(message)
    {
    }
}
