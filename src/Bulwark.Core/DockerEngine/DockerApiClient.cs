using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bulwark.DockerEngine;

/// <summary>
/// A minimal Docker Engine API client: HTTP over the unix socket (SocketsHttpHandler with a
/// ConnectCallback) and source-generated JSON. Docker.DotNet was not used: its JSON is
/// reflection-based, which Native AOT cannot trim safely. Unversioned paths get the daemon's own
/// API version, so any engine from API 1.41 (Docker 20.10) on answers in the shape read here.
/// </summary>
public sealed class DockerApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly DockerHost _host;

    public DockerApiClient(DockerHost host, TimeSpan timeout)
    {
        _host = host;
        _http = host.SocketPath is { } path
            ? new HttpClient(UnixSocketHandler(path)) { BaseAddress = new Uri("http://docker/") }
            : new HttpClient { BaseAddress = host.HttpBase };
        _http.Timeout = timeout;
    }

    public Task<EngineInfo> InfoAsync(CancellationToken ct) => GetAsync("info", DockerJsonContext.Default.EngineInfo, ct)!;

    public Task<NetworkResource[]> NetworksAsync(CancellationToken ct) => GetAsync("networks", DockerJsonContext.Default.NetworkResourceArray, ct)!;

    /// <summary>Running containers only, as <c>docker ps</c> lists them.</summary>
    public Task<ContainerSummary[]> ContainersAsync(CancellationToken ct) => GetAsync("containers/json", DockerJsonContext.Default.ContainerSummaryArray, ct)!;

    /// <summary>The container's inspect document, or null when it is gone (removed since it was listed).</summary>
    public Task<ContainerInspect?> InspectAsync(string id, CancellationToken ct) =>
        GetAsync("containers/" + Uri.EscapeDataString(id) + "/json", DockerJsonContext.Default.ContainerInspect, ct, allowNotFound: true);

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler UnixSocketHandler(string path) => new()
    {
        ConnectCallback = async (_, ct) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct, bool allowNotFound = false)
        where T : class
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), ct).ConfigureAwait(false);
            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new DockerEngineException($"Docker engine at {_host.Raw} answered {(int)response.StatusCode} for /{path}");
            }

            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, type, ct).ConfigureAwait(false)
                    ?? throw new DockerEngineException($"Docker engine at {_host.Raw} sent an empty answer for /{path}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or SocketException or TaskCanceledException or JsonException)
        {
            throw new DockerEngineException($"cannot reach the Docker engine at {_host.Raw}: {Reason(ex)}", ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        TaskCanceledException => "timed out",
        HttpRequestException { InnerException: SocketException socket } => socket.Message,
        _ => ex.Message,
    };
}
