namespace Bulwark.PodSecurity.Checks;

/// <summary>Upstream's procMount_1_0, shared by procMount (baseline) and procMount_restricted.</summary>
internal static class ProcMountRule
{
    public static CheckOutcome Check(PodView pod)
    {
        var bad = new Offenders();
        var types = new List<string>();
        foreach (var c in pod.Containers)
        {
            // Unset (nil) is allowed; an explicit "" is not "Default" and is forbidden, as upstream.
            if (c.SecurityContext.StringField("procMount") is { } procMount && procMount.Value != "Default")
            {
                bad.Add(c.Name, procMount.Span);
                types.Add(procMount.Value);
            }
        }

        return bad.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "procMount",
                $"{MessageText.Containers(bad.Names)} must not set securityContext.procMount to {MessageText.JoinQuote(MessageText.SortedSet(types))}",
                bad.Spans);
    }
}
