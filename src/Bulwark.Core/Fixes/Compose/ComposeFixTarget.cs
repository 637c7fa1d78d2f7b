using System.Runtime.CompilerServices;
using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// The compose service a finding is about: its file's project (one YAML document), the service with
/// its <c>extends</c> layers, and the effective settings the rules judged.
/// </summary>
internal sealed record ComposeFixTarget(ComposeProject Project, ComposeService Service, DockerContainer Docker, Rules.RuleOptions RuleOptions)
{
    private static readonly ConditionalWeakTable<AnalysisSession, ILookup<(string File, string Name), ComposeFixTarget>> ByService = new();

    public ContainerProfile Profile => Docker.Profile;

    /// <summary><c>/services/&lt;name&gt;</c>: new keys always go into the service's own mapping.</summary>
    public FixPath Own { get; } = FixPath.Root.Then("services", Service.Name);

    public static ComposeFixTarget? Locate(Finding finding, AnalysisSession session)
    {
        if (finding.Object is not { Kind: ComposeProfiles.ObjectKind } service)
        {
            return null;
        }

        var targets = ByService.GetValue(session, Index)[(finding.Location.File, service.Name)];
        var span = finding.Location.Span;
        return targets.FirstOrDefault(t => span is null || Contains(t.Project.Root, span.Value)) ?? targets.FirstOrDefault();
    }

    /// <summary>
    /// The path of the service mapping <paramref name="layer"/> in this file, or why it cannot be
    /// edited here: a layer from another file (through <c>extends: {file: ...}</c>) belongs to that file.
    /// </summary>
    public (FixPath? Path, string? Refusal) PathOf(ServiceLayer layer)
    {
        if (layer.Redirect is not null)
        {
            return (null, "the value comes from another file through extends; fix it there");
        }

        var name = Project.Root.Mapping("services")?.EffectiveEntries().FirstOrDefault(e => ReferenceEquals(e.Value, layer.Node))?.KeyText;
        return name is null
            ? (null, "the value comes from outside the services mapping")
            : (FixPath.Root.Then("services", name), null);
    }

    private static ILookup<(string, string), ComposeFixTarget> Index(AnalysisSession session)
    {
        // A service's profile is anchored at its key, so file and key offset pair the two models.
        var dockers = new Dictionary<(string, int), DockerContainer>();
        foreach (var docker in session.Models<DockerContainer>().Where(d => d.Profile.Surface == Rules.Surfaces.Compose))
        {
            dockers.TryAdd((docker.Profile.File, docker.Profile.Anchor?.Start.Offset ?? -1), docker);
        }

        return session.Models<ComposeProject>()
            .SelectMany(p => p.Services.Select(s => (Project: p, Service: s, Key: (p.File, s.KeySpan.Start.Offset))))
            .Where(x => dockers.ContainsKey(x.Key))
            .Select(x => new ComposeFixTarget(x.Project, x.Service, dockers[x.Key], session.Options))
            .ToLookup(t => (t.Project.File, t.Service.Name));
    }

    private static bool Contains(YamlNode node, SourceSpan span) =>
        span.Start.Offset >= node.Span.Start.Offset && span.Start.Offset <= node.Span.End.Offset;
}
