namespace Bulwark.Kubernetes.Network;

/// <summary>Renders a <see cref="NetworkExplanation"/> as a plain-text table, one row per allowed source.</summary>
public static class NetworkTable
{
    private static readonly string[] Header = ["WORKLOAD", "SELECTED BY", "INGRESS FROM", "PORTS", "VIA"];

    public static void Write(NetworkExplanation explanation, TextWriter output)
    {
        output.WriteLine($"Namespace \"{explanation.Namespace}\": {Plural(explanation.Workloads.Count, "workload")}, {Plural(explanation.PolicyCount, "NetworkPolicy", "NetworkPolicies")}");
        output.WriteLine($"Default-deny ingress: {List(explanation.DefaultDenyIngress)}");
        output.WriteLine($"Default-deny egress: {List(explanation.DefaultDenyEgress)}");
        foreach (var invalid in explanation.InvalidPolicies)
        {
            output.WriteLine($"Selects nothing (the API server would reject it): {invalid}");
        }

        if (explanation.OtherPolicyKinds)
        {
            output.WriteLine("Note: the scan also has Calico/Cilium/admin network policies, which this table does not model.");
        }

        output.WriteLine();
        var rows = new List<string[]> { Header };
        rows.AddRange(explanation.Workloads.SelectMany(Rows));
        WriteAligned(rows, output);
    }

    private static IEnumerable<string[]> Rows(WorkloadReach reach)
    {
        var selectedBy = reach.SelectedBy.Count == 0 ? "(none)" : string.Join(", ", reach.SelectedBy);
        var sources = reach.State switch
        {
            IngressState.HostNetwork => [new IngressAllowance("anything that reaches the node (hostNetwork: policies do not apply)", "all ports", "-")],
            IngressState.Open => [new IngressAllowance("everywhere (no policy isolates it for ingress)", "all ports", "-")],
            _ when reach.Allowed.Count == 0 => [new IngressAllowance("nobody (ingress denied)", "-", "-")],
            _ => reach.Allowed,
        };
        var first = true;
        foreach (var source in sources)
        {
            yield return first
                ? [reach.Workload, selectedBy, source.From, source.Ports, source.Policy]
                : [string.Empty, string.Empty, source.From, source.Ports, source.Policy];
            first = false;
        }
    }

    private static void WriteAligned(List<string[]> rows, TextWriter output)
    {
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    private static string Plural(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
