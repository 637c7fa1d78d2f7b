using Bulwark.Diagnostics;
using Bulwark.DockerRun;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Fixes.Compose;
using Bulwark.Rules;

namespace Bulwark.Tests.Fixes.Compose;

/// <summary>Compose fixes edit each service in place: the seed's runtime practices, with compose-harden's values.</summary>
public sealed class ComposeFixTests
{
    private const string Insecure = """
        # the shop
        services:
          web:  # front end
            image: nginx:1.25
            privileged: true
            cap_add:
              - SYS_ADMIN
            security_opt:
              - seccomp:unconfined
              - apparmor=unconfined
            logging:
              driver: json-file
          db:
            image: postgres:16
            user: "0:0"
            network_mode: host
            read_only: false
        volumes:
          data: {}

        """;

    [Fact]
    public void Unsafe_fixes_write_every_practice_into_each_service()
    {
        var report = FixKit.Fix(Insecure, name: "compose.yaml");
        Assert.Null(report.InternalError);
        Assert.Empty(report.Skipped);
        var web = Service(report.Fixed, "web");
        Assert.DoesNotContain("privileged", web, StringComparison.Ordinal);
        Assert.DoesNotContain("cap_add", web, StringComparison.Ordinal);
        Assert.DoesNotContain("unconfined", web, StringComparison.Ordinal);
        Assert.Contains("    cap_drop:\n      - ALL\n", web, StringComparison.Ordinal);
        Assert.Contains("    security_opt:\n      - \"no-new-privileges:true\"\n", web, StringComparison.Ordinal);
        Assert.Contains("    user: \"1000:1000\"\n", web, StringComparison.Ordinal);
        Assert.Contains("    read_only: true\n    tmpfs:\n      - \"/tmp:rw,noexec,nosuid\"\n", web, StringComparison.Ordinal);
        Assert.Contains("    deploy:\n      resources:\n        limits:\n          cpus: \"0.5\"\n          memory: \"512m\"\n          pids: 256\n", web, StringComparison.Ordinal);
        Assert.Contains("    logging:\n      driver: json-file\n      options:\n        max-size: \"10m\"\n        max-file: \"3\"\n", web, StringComparison.Ordinal);
        var db = Service(report.Fixed, "db");
        Assert.Contains("    user: \"1000:1000\"\n", db, StringComparison.Ordinal);
        Assert.Contains("    read_only: true\n", db, StringComparison.Ordinal);
        Assert.DoesNotContain("network_mode", db, StringComparison.Ordinal);
        Assert.StartsWith("# the shop\nservices:\n  web:  # front end\n    image: nginx:1.25\n", report.Fixed, StringComparison.Ordinal);
        Assert.EndsWith("volumes:\n  data: {}\n", report.Fixed, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_fixes_alone_add_only_what_cannot_break_a_service()
    {
        var report = FixKit.Fix(Insecure, includeUnsafe: false, name: "compose.yaml");
        var applied = report.Applied.Select(a => a.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["DKR001", "RT002", "RT006"], applied);
        Assert.All(report.Applied, a => Assert.Equal(FixApplicability.Safe, a.Applicability));
        // The web service adds SYS_ADMIN and is privileged: neither cap_drop nor no-new-privileges is offered safely there.
        Assert.DoesNotContain("cap_drop", Service(report.Fixed, "web"), StringComparison.Ordinal);
        Assert.Contains("    cap_drop:\n      - ALL\n", Service(report.Fixed, "db"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixing_twice_changes_nothing_and_no_fixable_finding_remains()
    {
        var run = FixKit.Run([new ScanInput("compose.yaml", Insecure)]);
        var fixedText = run.Files.Single().Fixed;
        Assert.Equal(fixedText, FixKit.Fixed(fixedText));
        var left = run.Remaining.Active.Where(f => f.Fix is { Applicability: not FixApplicability.DisplayOnly }).Select(f => $"{f.Rule.Id} {f.Message}");
        Assert.Empty(left);
    }

    [Fact]
    public void Legacy_limit_keys_are_kept_where_the_service_uses_them_and_in_format_2_files()
    {
        var legacy = FixKit.Fixed("services:\n  app:\n    image: a:1\n    mem_limit: 1g\n");
        Assert.Contains("    mem_limit: 1g\n", legacy, StringComparison.Ordinal);
        Assert.Contains("    cpus: \"0.5\"\n", legacy, StringComparison.Ordinal);
        Assert.Contains("    pids_limit: 256\n", legacy, StringComparison.Ordinal);
        Assert.DoesNotContain("deploy", legacy, StringComparison.Ordinal);
        var format2 = FixKit.Fixed("version: '2.4'\nservices:\n  app:\n    image: a:1\n");
        Assert.Contains("    mem_limit: \"512m\"\n", format2, StringComparison.Ordinal);
        Assert.DoesNotContain("deploy", format2, StringComparison.Ordinal);
    }

    [Fact]
    public void Existing_deploy_limits_get_only_the_missing_ones()
    {
        var result = FixKit.Fixed("services:\n  app:\n    image: a:1\n    deploy:\n      replicas: 2\n      resources:\n        limits:\n          memory: 300M\n");
        Assert.Contains("        limits:\n          memory: 300M\n          cpus: \"0.5\"\n          pids: 256\n", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_and_user_follow_the_fix_options_in_docker_units()
    {
        var options = FixOptions.Default with { CpuLimit = "250m", MemoryLimit = "1Gi", RunAsUser = 2000, RunAsGroup = 2000 };
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);
        var result = new FixRunner(engine, options, includeUnsafe: true).Run([new ScanInput("compose.yaml", "services:\n  app:\n    image: a:1\n")]).Files.Single().Fixed;
        Assert.Contains("cpus: \"0.25\"", result, StringComparison.Ordinal);
        Assert.Contains("memory: \"1g\"", result, StringComparison.Ordinal);
        Assert.Contains("user: \"2000:2000\"", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500m", "0.5")]
    [InlineData("2", "2")]
    [InlineData("1500m", "1.5")]
    public void Cpu_quantities_become_cpu_counts(string quantity, string cpus) => Assert.Equal(cpus, ComposeFixDefaults.Cpus(quantity));

    [Theory]
    [InlineData("512Mi", "512m")]
    [InlineData("2Gi", "2g")]
    [InlineData("64Ki", "64k")]
    [InlineData("1G", "1000000000")]
    [InlineData("512M", "500000k")]
    [InlineData("1024k", "1000k")]
    public void Memory_quantities_become_docker_sizes(string quantity, string size) => Assert.Equal(size, ComposeFixDefaults.Memory(quantity));

    [Fact]
    public void With_default_options_fix_writes_compose_harden_values() =>
        Assert.Equal(new HardenDefaults(), ComposeFixDefaults.From(FixOptions.Default));

    [Fact]
    public void A_root_group_alone_keeps_the_chosen_user_and_root_group_add_goes()
    {
        var result = FixKit.Fixed("services:\n  app:\n    image: a:1\n    user: \"app:0\"\n    group_add:\n      - root\n      - audio\n");
        Assert.Contains("    user: \"app:1000\"\n", result, StringComparison.Ordinal);
        Assert.Contains("    group_add:\n      - audio\n", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_no_new_privileges_false_is_replaced_only_with_unsafe_fixes()
    {
        const string yaml = "services:\n  app:\n    image: a:1\n    security_opt:\n      - no-new-privileges=false\n";
        Assert.Contains("- no-new-privileges=false", FixKit.Fixed(yaml, includeUnsafe: false), StringComparison.Ordinal);
        Assert.Contains("    security_opt:\n      - \"no-new-privileges:true\"\n", FixKit.Fixed(yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void Logging_driver_none_becomes_bounded_json_file_and_unbounded_max_size_is_replaced()
    {
        var none = FixKit.Fixed("services:\n  app:\n    image: a:1\n    logging:\n      driver: none\n");
        Assert.Contains("    logging:\n      driver: json-file\n      options:\n        max-size: \"10m\"\n        max-file: \"3\"\n", none, StringComparison.Ordinal);
        var unlimited = FixKit.Fixed("services:\n  app:\n    image: a:1\n    logging:\n      options:\n        max-size: \"-1\"\n        max-file: \"5\"\n");
        Assert.Contains("      options:\n        max-size: \"10m\"\n        max-file: \"5\"\n", unlimited, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bind_mount_at_tmp_gets_no_second_mount()
    {
        var result = FixKit.Fixed("services:\n  app:\n    image: a:1\n    volumes:\n      - ./scratch:/tmp\n");
        Assert.Contains("    read_only: true\n", result, StringComparison.Ordinal);
        Assert.DoesNotContain("tmpfs", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_and_four_space_indentless_files_keep_their_style()
    {
        var lf = "services:\n    app:\n        image: a:1  # pinned elsewhere\n        ports:\n        - \"8080:80\"\n";
        var result = FixKit.Fixed(lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.DoesNotContain("\n", result.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith(lf.Replace("\n", "\r\n", StringComparison.Ordinal), result, StringComparison.Ordinal);
        Assert.Contains("        cap_drop:\r\n        - ALL\r\n", result, StringComparison.Ordinal);
        Assert.Contains("        deploy:\r\n            resources:\r\n                limits:\r\n", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_marks_compose_findings_with_the_fix_fix_would_make()
    {
        var scan = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput("compose.yaml", Insecure)]);
        Assert.Contains(scan.Findings, f => f.Rule.Id == "RT002" && f.Object?.Name == "db" && f.Fix is { Applicability: FixApplicability.Safe, Title: "Drop all capabilities" });
        Assert.Contains(scan.Findings, f => f.Rule.Id == "RT007" && f.Fix is { Applicability: FixApplicability.Unsafe, Title: "Remove privileged: true" });
        Assert.Contains(scan.Findings, f => f.Rule.Id == "DKR001" && f.Fix is { Applicability: FixApplicability.Safe });
        // No cap_drop fix while the service adds capabilities; DKR003 (ports) has none at all.
        Assert.Contains(scan.Findings, f => f.Rule.Id == "RT002" && f.Object?.Name == "web" && f.Fix is null);
    }

    /// <summary>The lines of one service (from its key to the next service or top-level key).</summary>
    private static string Service(string yaml, string name)
    {
        var start = yaml.IndexOf($"\n  {name}:", StringComparison.Ordinal) + 1;
        var lines = yaml[start..].Split('\n');
        var body = lines.Skip(1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal) || l.Length == 0);
        return string.Join("\n", [lines[0], .. body]) + "\n";
    }
}
