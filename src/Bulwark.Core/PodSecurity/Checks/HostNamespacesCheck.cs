using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: pods must not share the host's network, PID or IPC namespace.</summary>
internal sealed class HostNamespacesCheck : PodCheck
{
    private static readonly string[] Fields = ["hostNetwork", "hostPID", "hostIPC"];

    public override string Id => "hostNamespaces";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } = [new(0, Check)];

    private static CheckOutcome Check(PodView pod)
    {
        var items = new List<string>();
        var spans = new List<SourceSpan>();
        foreach (var field in Fields.Where(f => pod.Spec.BoolField(f) == true))
        {
            items.Add(field + "=true");
            spans.Add(pod.Spec.SpanOf(field)!.Value);
        }

        return items.Count == 0 ? CheckOutcome.Pass : CheckOutcome.Fail("host namespaces", string.Join(", ", items), spans);
    }
}
