using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// The field-based seccomp logic shared by seccompProfile_baseline (1.19+) and
/// seccompProfile_restricted: which setters chose a type other than RuntimeDefault/Localhost, and
/// which containers have no profile while the pod has no valid one either.
/// </summary>
internal sealed class SeccompFields
{
    private readonly List<string> _badValues = [];

    private SeccompFields(PodView pod)
    {
        var podProfile = pod.SecurityContext.Struct("seccompProfile");
        PodBad = podProfile is not null && IsBadProfile(pod.SecurityContext!, podProfile);
        var podValid = podProfile is not null && !PodBad;
        foreach (var c in pod.Containers)
        {
            var profile = c.SecurityContext.Struct("seccompProfile");
            if (profile is not null && IsBadProfile(c.SecurityContext!, profile))
            {
                Explicit.Add(c.Name, Spans[^1]);
            }
            else if (profile is null && !podValid)
            {
                Implicit.Add(c.Name, c.SecurityContextSpan);
            }
        }
    }

    public bool PodBad { get; }

    public Offenders Explicit { get; } = new();

    public Offenders Implicit { get; } = new();

    /// <summary>Spans of the explicitly bad settings, pod first.</summary>
    public List<SourceSpan> Spans { get; } = [];

    public static SeccompFields Scan(PodView pod) => new(pod);

    /// <summary>Baseline 1.19: only explicit bad types fail.</summary>
    public static CheckOutcome CheckExplicit(PodView pod) => Scan(pod).ExplicitOutcome() ?? CheckOutcome.Pass;

    public CheckOutcome? ExplicitOutcome()
    {
        var setters = Explicit.Setters(PodBad);
        return setters.Count == 0
            ? null
            : CheckOutcome.Fail(
                "seccompProfile",
                $"{string.Join(" and ", setters)} must not set securityContext.seccompProfile.type to {MessageText.JoinQuote(MessageText.SortedSet(_badValues))}",
                Spans);
    }

    private bool IsBadProfile(YamlMapping securityContext, YamlMapping profile)
    {
        var type = profile.Text("type");
        if (type is "RuntimeDefault" or "Localhost")
        {
            return false;
        }

        _badValues.Add(type);
        Spans.Add(profile.SpanOf("type") ?? securityContext.KeySpanOf("seccompProfile")!.Value);
        return true;
    }
}
