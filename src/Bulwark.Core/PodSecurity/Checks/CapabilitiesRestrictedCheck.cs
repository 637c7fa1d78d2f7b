using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>
/// Restricted 1.22+: every container drops ALL and adds nothing but NET_BIND_SERVICE. From 1.25
/// Windows pods are exempt. Replaces capabilities_baseline.
/// </summary>
internal sealed class CapabilitiesRestrictedCheck : PodCheck
{
    public override string Id => "capabilities_restricted";

    public override PodSecurityLevel Level => PodSecurityLevel.Restricted;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(22, Check, "capabilities_baseline"),
        new(25, pod => pod.IsWindows ? CheckOutcome.Pass : Check(pod), "capabilities_baseline"),
    ];

    private static CheckOutcome Check(PodView pod)
    {
        var missingDropAll = new Offenders();
        var adding = new Offenders();
        var forbidden = new List<string>();
        foreach (var c in pod.Containers)
        {
            var capabilities = c.SecurityContext.Struct("capabilities");
            if (capabilities is null)
            {
                missingDropAll.Add(c.Name, c.SecurityContext.KeySpanOf("capabilities") ?? c.SecurityContextSpan);
                continue;
            }

            if (!capabilities.StringList("drop").Any(d => d.Value == "ALL"))
            {
                missingDropAll.Add(c.Name, c.SecurityContext!.KeySpanOf("capabilities")!.Value);
            }

            var added = capabilities.StringList("add").Where(a => a.Value != "NET_BIND_SERVICE").ToList();
            if (added.Count > 0)
            {
                adding.Add(c.Name, added[0].Span);
                forbidden.AddRange(added.Select(a => a.Value));
            }
        }

        return Outcome(missingDropAll, adding, forbidden);
    }

    private static CheckOutcome Outcome(Offenders missingDropAll, Offenders adding, List<string> forbidden)
    {
        var details = new List<string>();
        if (missingDropAll.Count > 0)
        {
            details.Add($"{MessageText.Containers(missingDropAll.Names)} must set securityContext.capabilities.drop=[\"ALL\"]");
        }

        if (adding.Count > 0)
        {
            details.Add($"{MessageText.Containers(adding.Names)} must not include {MessageText.JoinQuote(MessageText.SortedSet(forbidden))} in securityContext.capabilities.add");
        }

        List<SourceSpan> spans = [.. missingDropAll.Spans, .. adding.Spans];
        return details.Count == 0 ? CheckOutcome.Pass : CheckOutcome.Fail("unrestricted capabilities", string.Join("; ", details), spans);
    }
}
