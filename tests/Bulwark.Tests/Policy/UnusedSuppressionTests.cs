using Bulwark.Diagnostics;

namespace Bulwark.Tests.Policy;

/// <summary>Suppressions that match nothing or cannot work are findings of their own (BW001, BW002), lowest severity.</summary>
public sealed class UnusedSuppressionTests
{
    [Fact]
    public void An_unused_line_comment_is_reported_where_it_is_written()
    {
        using var ws = new Workspace();
        var pod = ws.Write("pod.yaml", Manifests.PrivilegedPod.Replace("    - name: app", "    # bulwark:ignore host-port -- not needed any more\n    - name: app", StringComparison.Ordinal));

        var unused = Assert.Single(ws.Scan(null, pod).Findings, f => f.Rule.Id == "BW001");

        Assert.Equal((7, 5), (unused.Location.Line, unused.Location.Column));
        Assert.Equal(Severity.Low, unused.Severity);
        Assert.Null(unused.Suppression);
        Assert.Contains("RT009 (host-port) matches no finding", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_of_a_rule_that_does_not_run_has_no_effect_and_is_reported()
    {
        using var ws = new Workspace();
        var config = ws.Config("ignore: [RT007]\n");
        var pod = ws.Write("pod.yaml", "# bulwark:ignore-file privileged-container\n" + Manifests.PrivilegedPod);

        var unused = Assert.Single(ws.Scan(config, pod).Findings, f => f.Rule.Id == "BW001");

        Assert.Contains("the rule is not enabled", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_reported_once_as_invalid_not_as_unused()
    {
        using var ws = new Workspace();
        var pod = ws.Write("pod.yaml", Manifests.PrivilegedPod.Replace("{privileged: true}", "{privileged: true}  # bulwark:ignore privilegd-container", StringComparison.Ordinal));

        var findings = ws.Scan(null, pod).Findings;

        var invalid = Assert.Single(findings, f => f.Rule.Id == "BW002");
        Assert.Equal((Manifests.PrivilegedLine, 44), (invalid.Location.Line, invalid.Location.Column));
        Assert.Contains("unknown rule 'privilegd-container'", invalid.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Rule.Id == "BW001");
        Assert.Null(findings.Single(f => f.Rule.Id == "RT007").Suppression);
    }

    [Fact]
    public void An_unused_container_annotation_names_the_object_and_container()
    {
        using var ws = new Workspace();
        var pod = ws.Write("pod.yaml", Manifests.PrivilegedPod.Replace("  name: web\n", "  name: web\n  annotations:\n    bulwark.dev/ignore.app: host-path-mount\n", StringComparison.Ordinal));

        var unused = Assert.Single(ws.Scan(null, pod).Findings, f => f.Rule.Id == "BW001");

        Assert.Equal(("Pod/default/web", "app", 6), (unused.Object?.ToString(), unused.Container, unused.Location.Line));
    }

    [Fact]
    public void Ignoring_the_rule_turns_the_report_off()
    {
        using var ws = new Workspace();
        var config = ws.Config("ignore: [unused-suppression]\n");
        var pod = ws.Write("pod.yaml", "# bulwark:ignore-file host-port\n" + Manifests.PrivilegedPod);

        Assert.DoesNotContain(ws.Scan(config, pod).Findings, f => f.Rule.Id == "BW001");
    }

    [Fact]
    public void A_file_comment_can_suppress_the_bw_findings_and_is_not_itself_unused()
    {
        using var ws = new Workspace();
        var pod = ws.Write("pod.yaml", "# bulwark:ignore-file BW001, BW002 -- generated manifests\n# bulwark:ignore host-port\n# bulwark:ignore nope\n" + Manifests.PrivilegedPod);

        var own = ws.Scan(null, pod).Findings.Where(f => f.Rule.Id.StartsWith("BW", StringComparison.Ordinal)).ToList();

        Assert.Equal(["BW001", "BW002"], own.Select(f => f.Rule.Id).Order());
        Assert.All(own, f => Assert.Equal(SuppressionKind.FileComment, f.Suppression?.Kind));
    }

    [Fact]
    public void Severity_overrides_apply_to_bw_findings_too()
    {
        using var ws = new Workspace();
        var config = ws.Config("severity: {BW: high}\n");
        var pod = ws.Write("pod.yaml", "# bulwark:ignore-file host-port\n" + Manifests.PrivilegedPod);

        Assert.Equal(Severity.High, ws.Scan(config, pod).Findings.Single(f => f.Rule.Id == "BW001").Severity);
    }
}
