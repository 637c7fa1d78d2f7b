using Bulwark.Rules;

namespace Bulwark.Profiles;

/// <summary>How each surface spells a setting, so a message names what the user actually writes.</summary>
public static class SurfaceTerms
{
    /// <summary><c>container "app"</c>, <c>service "web"</c>: the subject of a message.</summary>
    public static string Subject(this ContainerProfile p) => p.Surface switch
    {
        Surfaces.Compose => $"service \"{p.Name}\"",
        _ => $"container \"{p.Name}\"",
    };

    public static string Term(this ContainerProfile p, string kubernetes, string compose, string docker) => p.Surface switch
    {
        Surfaces.Kubernetes => kubernetes,
        Surfaces.Compose => compose,
        _ => docker,
    };

    /// <summary>
    /// Who a finding about <paramref name="s"/> is about: a value inherited from the pod-level
    /// securityContext is one finding for the pod (container null), not one per container.
    /// </summary>
    public static (string Subject, string? Container) Scope<T>(this ContainerProfile p, Setting<T> s) =>
        s.Origin == SettingOrigin.Pod ? ("pod", null) : (p.Subject(), p.Name);
}
