using Bulwark.Engine;

namespace Bulwark.Tests.Fixes.Compose;

/// <summary>
/// What compose fixes must not edit: anchors, aliases and merge keys (the editor refuses them), values
/// written in another file (through <c>extends</c>), flow style in the way. Each is skipped with the
/// reason, the text stays byte-identical there, and scan does not mark the finding as fixable.
/// </summary>
public sealed class ComposeFixRefusalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-compose-fix-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_aliased_logging_block_is_skipped_and_every_service_using_it_stays_as_it_is()
    {
        const string yaml = """
            x-logging: &logging
              driver: json-file
            services:
              a:
                image: a:1
                logging: *logging
              b:
                image: b:1
                logging: *logging

            """;
        var report = FixKit.Fix(yaml, includeUnsafe: false, name: "compose.yaml");
        Assert.Null(report.InternalError);
        Assert.Contains(report.Skipped, s => s.RuleId == "DKR001" && s.Reason.Contains("anchor &logging", StringComparison.Ordinal));
        Assert.StartsWith("x-logging: &logging\n  driver: json-file\nservices:\n  a:\n    image: a:1\n    logging: *logging\n", report.Fixed, StringComparison.Ordinal);
        Assert.Contains("    logging: *logging\n    cap_drop:\n      - ALL\n", report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_brought_in_by_a_merge_key_are_skipped_with_the_reason()
    {
        const string yaml = """
            x-defaults: &defaults
              privileged: true
              network_mode: host
            services:
              app:
                <<: *defaults
                image: a:1

            """;
        var report = FixKit.Fix(yaml, name: "compose.yaml");
        Assert.Null(report.InternalError);
        Assert.Contains(report.Skipped, s => s.RuleId == "RT007" && s.Reason.Contains("merge key", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.RuleId == "RT008" && s.Reason.Contains("merge key", StringComparison.Ordinal));
        Assert.StartsWith("x-defaults: &defaults\n  privileged: true\n  network_mode: host\nservices:\n  app:\n    <<: *defaults\n    image: a:1\n", report.Fixed, StringComparison.Ordinal);
        // New keys beside the merge key are fine: explicit keys win over merged ones.
        Assert.Contains("    user: \"1000:1000\"\n", report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_from_another_file_through_extends_are_skipped_or_overridden_here()
    {
        File.WriteAllText(Path.Combine(_dir, "base.yml"), "services:\n  base:\n    image: a:1\n    privileged: true\n    cap_add: [SYS_ADMIN]\n    network_mode: host\n");
        var compose = Path.Combine(_dir, "compose.yaml");
        const string text = "services:\n  app:\n    extends:\n      file: base.yml\n      service: base\n";
        var report = FixKit.Run([new ScanInput(compose, text)]).Files.Single();
        Assert.Null(report.InternalError);
        Assert.Contains(report.Skipped, s => s.RuleId == "RT003" && s.Reason.Contains("another file", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.RuleId == "RT008" && s.Reason.Contains("another file", StringComparison.Ordinal));
        // A scalar can be overridden in the service itself: compose lets the service's own value win.
        Assert.Contains("    privileged: false\n", report.Fixed, StringComparison.Ordinal);
        Assert.StartsWith(text, report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_extended_in_the_same_file_is_fixed_where_the_value_is_written()
    {
        const string yaml = "services:\n  base:\n    image: a:1\n    privileged: true\n  app:\n    extends: base\n";
        var report = FixKit.Fix(yaml, name: "compose.yaml");
        Assert.Null(report.InternalError);
        Assert.Empty(report.Skipped);
        Assert.DoesNotContain("privileged", report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_style_list_in_the_way_is_skipped_and_not_marked_fixable()
    {
        const string yaml = "services:\n  app:\n    image: a:1\n    cap_drop: [NET_RAW]\n";
        var report = FixKit.Fix(yaml, includeUnsafe: false, name: "compose.yaml");
        Assert.Contains(report.Skipped, s => s.RuleId == "RT002" && s.Reason.Contains("flow-style", StringComparison.Ordinal));
        Assert.Contains("    cap_drop: [NET_RAW]\n", report.Fixed, StringComparison.Ordinal);
        var scan = new ScanEngine(Bulwark.Rules.RuleCatalog.All, Bulwark.Rules.RuleOptions.Default).Scan([new ScanInput("compose.yaml", yaml)]);
        Assert.Contains(scan.Findings, f => f.Rule.Id == "RT002" && f.Fix is null);
    }

    [Fact]
    public void A_comment_line_inside_a_removed_entry_blocks_the_removal()
    {
        const string yaml = "services:\n  app:\n    image: a:1\n    cap_add:\n      # needed for the VPN\n      - NET_ADMIN\n";
        var report = FixKit.Fix(yaml, name: "compose.yaml");
        Assert.Contains(report.Skipped, s => s.RuleId == "RT003" && s.Reason.Contains("comment in the way", StringComparison.Ordinal));
        Assert.Contains("    cap_add:\n      # needed for the VPN\n      - NET_ADMIN\n", report.Fixed, StringComparison.Ordinal);
    }
}
