using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: no Windows HostProcess containers, at pod or container level (never exempted).</summary>
internal sealed class WindowsHostProcessCheck : PodCheck
{
    public override string Id => "windowsHostProcess";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        foreach (var c in pod.Containers)
        {
            if (HostProcessSpan(c.SecurityContext) is { } span)
            {
                bad.Add(c.Name, span);
            }
        }

        var podSpan = HostProcessSpan(pod.SecurityContext);
        var setters = bad.Setters(podSpan is not null);
        return setters.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "hostProcess",
                $"{string.Join(" and ", setters)} must not set securityContext.windowsOptions.hostProcess=true",
                podSpan is { } p ? [p, .. bad.Spans] : bad.Spans);
    }

    private static SourceSpan? HostProcessSpan(YamlMapping? securityContext)
    {
        var options = securityContext.Struct("windowsOptions");
        return options.BoolField("hostProcess") == true ? options.SpanOf("hostProcess") : null;
    }
}
