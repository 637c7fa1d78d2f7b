using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: containers may add only the container runtime's default capabilities.</summary>
internal sealed class CapabilitiesBaselineCheck : PodCheck
{
    // Exact, case-sensitive names: "chown" and "CAP_CHOWN" are forbidden, as upstream.
    private static readonly HashSet<string> DefaultCapabilities = new(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    public override string Id => "capabilities_baseline";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var badContainers = new List<string>();
        var forbidden = new List<string>();
        var spans = new List<SourceSpan>();
        foreach (var c in pod.Containers)
        {
            var added = c.SecurityContext.Struct("capabilities").StringList("add")
                .Where(cap => !DefaultCapabilities.Contains(cap.Value)).ToList();
            if (added.Count > 0)
            {
                badContainers.Add(c.Name);
                forbidden.AddRange(added.Select(cap => cap.Value));
                spans.AddRange(added.Select(cap => cap.Span));
            }
        }

        return badContainers.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail("non-default capabilities", Detail(badContainers, forbidden), spans);
    }

    private static string Detail(List<string> containers, List<string> caps) =>
        $"{MessageText.Containers(containers)} must not include {MessageText.JoinQuote(MessageText.SortedSet(caps))} in securityContext.capabilities.add";
}
