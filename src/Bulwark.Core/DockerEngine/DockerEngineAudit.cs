using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.DockerEngine;

/// <summary>Reads every running container of an engine into an <see cref="AnalysisSession"/>, ready for the rules.</summary>
public static class DockerEngineAudit
{
    public static async Task<AnalysisSession> LoadAsync(DockerApiClient client, RuleOptions options, CancellationToken ct)
    {
        var info = await client.InfoAsync(ct).ConfigureAwait(false);
        var networks = await client.NetworksAsync(ct).ConfigureAwait(false);
        var session = new AnalysisSession(options);
        foreach (var summary in await client.ContainersAsync(ct).ConfigureAwait(false))
        {
            if (await client.InspectAsync(summary.Id, ct).ConfigureAwait(false) is { } inspect)
            {
                var docker = EngineProfiles.Build(inspect, info, networks);
                session.Add(docker.Profile);
                session.Add(docker);
            }
        }

        return session;
    }
}
