namespace Bulwark.Tests.Fixes;

/// <summary>Where an exact edit is impossible (flow style, anchors, aliases, comments in the way) the fix is skipped with the reason.</summary>
public sealed class FixRefusalTests
{
    [Fact]
    public void Flow_style_container_is_skipped_with_a_reason_and_left_byte_identical()
    {
        var yaml = FixKit.Lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: web}",
            "spec:",
            "  automountServiceAccountToken: false",
            "  securityContext: {seccompProfile: {type: RuntimeDefault}}",
            "  containers:",
            "  - {name: web, image: 'nginx:1.25.4'}");
        var report = FixKit.Fix(yaml, includeUnsafe: false);
        Assert.Equal(yaml, report.Fixed);
        Assert.Contains(report.Skipped, s => s.RuleId == "RT006" && s.Reason.Contains("flow-style", StringComparison.Ordinal));
        Assert.Null(report.InternalError);
    }

    [Fact]
    public void Anchored_and_aliased_security_contexts_are_skipped_with_a_reason()
    {
        var yaml = FixKit.Lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata:",
            "  name: web",
            "spec:",
            "  automountServiceAccountToken: false",
            "  securityContext:",
            "    seccompProfile:",
            "      type: RuntimeDefault",
            "  containers:",
            "  - name: a",
            "    image: a:1.0",
            "    securityContext: &shared",
            "      runAsUser: 1000",
            "  - name: b",
            "    image: b:1.0",
            "    securityContext: *shared");
        var report = FixKit.Fix(yaml, includeUnsafe: false);
        Assert.Equal(yaml, report.Fixed);
        Assert.Contains(report.Skipped, s => s.RuleId == "RT006" && s.Reason.Contains("anchor &shared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comment_line_inside_a_removed_entry_blocks_the_removal()
    {
        var yaml = FixKit.Lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata:",
            "  name: web",
            "spec:",
            "  hostNetwork:",
            "    # the node agent needs the host network",
            "    true",
            "  containers:",
            "  - name: web",
            "    image: web:1.0");
        var report = FixKit.Fix(yaml);
        Assert.Contains(report.Skipped, s => s.RuleId == "RT008" && s.Reason.Contains("comment in the way", StringComparison.Ordinal));
        Assert.Contains("  hostNetwork:\n    # the node agent needs the host network\n    true\n", report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_whose_fix_cannot_be_made_are_not_marked_fixable_in_scan()
    {
        var yaml = FixKit.Lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: web}",
            "spec: {containers: [{name: web, image: 'nginx:1.25.4'}]}");
        var scan = new Bulwark.Engine.ScanEngine(Bulwark.Rules.RuleCatalog.All, Bulwark.Rules.RuleOptions.Default).Scan([new Bulwark.Engine.ScanInput("pod.json", yaml)]);
        Assert.Contains(scan.Findings, f => f.Rule.Id == "RT006");
        Assert.All(scan.Findings.Where(f => f.Rule.Id.StartsWith("RT", StringComparison.Ordinal)), f => Assert.Null(f.Fix));
    }
}
