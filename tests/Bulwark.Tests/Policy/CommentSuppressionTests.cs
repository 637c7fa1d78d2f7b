using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Suppressions;

namespace Bulwark.Tests.Policy;

public sealed class CommentSuppressionTests
{
    [Fact]
    public void A_comment_on_its_own_line_suppresses_the_next_line_with_its_reason()
    {
        var result = Scan(Manifests.PrivilegedPod.Replace(
            "      securityContext:", "      # bulwark:ignore privileged-container -- GPU device plugin\n      securityContext:", StringComparison.Ordinal));

        var privileged = result.Findings.Single(f => f.Rule.Id == "RT007");
        Assert.Equal(new Suppression(SuppressionKind.LineComment, "GPU device plugin"), privileged.Suppression);
        Assert.DoesNotContain(result.Active, f => f.Rule.Id is "RT007" or "BW001" or "BW002");
        Assert.Contains(result.Active, f => f.Rule.Id == "RT006");
    }

    [Fact]
    public void A_trailing_comment_suppresses_its_own_line_only()
    {
        var result = Scan(Manifests.PrivilegedPod.Replace(
            "image: registry.example.com/app:1.0", "image: registry.example.com/app:1.0 # bulwark:ignore RT007", StringComparison.Ordinal));

        Assert.Null(result.Findings.Single(f => f.Rule.Id == "RT007").Suppression);
        var unused = Assert.Single(result.Active, f => f.Rule.Id == "BW001");
        Assert.Equal(8, unused.Location.Line);
    }

    [Fact]
    public void A_comment_two_lines_above_does_not_reach_the_finding()
    {
        var result = Scan(Manifests.PrivilegedPod.Replace(
            "      image:", "      # bulwark:ignore RT007\n      image:", StringComparison.Ordinal));

        Assert.Null(result.Findings.Single(f => f.Rule.Id == "RT007").Suppression);
        Assert.Single(result.Active, f => f.Rule.Id == "BW001");
    }

    [Fact]
    public void Several_rules_by_id_or_name_in_one_comment()
    {
        var result = Scan(Manifests.PrivilegedPod.Replace(
            "    - name: app", "    # bulwark:ignore RT001, capabilities-not-dropped -- legacy image\n    - name: app", StringComparison.Ordinal));

        Assert.All(result.Findings.Where(f => f.Rule.Id is "RT001" or "RT002"), f => Assert.Equal(SuppressionKind.LineComment, f.Suppression?.Kind));
        Assert.Contains(result.Findings, f => f.Rule.Id == "RT001");
        Assert.DoesNotContain(result.Active, f => f.Rule.Id.StartsWith("BW", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_comment_covers_every_document_of_its_file_only()
    {
        using var ws = new Workspace();
        var two = ws.Write("two.yaml", "# bulwark:ignore-file RT007 -- lab cluster\n" + Manifests.PrivilegedPod + "---\n" + Manifests.PrivilegedPod.Replace("name: web", "name: api", StringComparison.Ordinal));
        var other = ws.Write("other.yaml", Manifests.PrivilegedPod);

        var result = ws.Scan(null, two, other);

        var privileged = result.Findings.Where(f => f.Rule.Id == "RT007").ToList();
        Assert.Equal(3, privileged.Count);
        Assert.All(privileged.Where(f => f.Location.File == two), f => Assert.Equal(new Suppression(SuppressionKind.FileComment, "lab cluster"), f.Suppression));
        Assert.Null(privileged.Single(f => f.Location.File == other).Suppression);
    }

    [Fact]
    public void Dockerfile_comments_are_read_like_yaml_ones()
    {
        var file = new SourceFile("Dockerfile", "# bulwark:ignore-file IMG002 -- pinned by the build\nFROM node:20\n# bulwark:ignore run-as-root -- build stage\nUSER root\nRUN make\n")
        {
            Comments = [(1, " bulwark:ignore-file IMG002 -- pinned by the build"), (3, " bulwark:ignore run-as-root -- build stage")],
        };
        var directives = new List<SuppressionDirective>();
        CommentDirectives.Read(file, directives, []);

        Assert.True(directives[0].Suppresses(At("IMG002", "Dockerfile", 2)));
        Assert.True(directives[1].Suppresses(At("RT001", "Dockerfile", 4)));
        Assert.False(directives[1].Suppresses(At("RT001", "Dockerfile", 5)));
        Assert.False(directives[1].Suppresses(At("RT001", "other/Dockerfile", 4)));
        Assert.Equal((3, 1), (directives[1].Location.Line, directives[1].Location.Column));
    }

    [Fact]
    public void Inline_false_ignores_every_comment_and_reports_none()
    {
        using var ws = new Workspace();
        var config = ws.Config("suppressions: {inline: false}\n");
        var pod = ws.Write("pod.yaml", "# bulwark:ignore-file RT007\n# bulwark:ignore no-such-rule\n" + Manifests.PrivilegedPod);

        var result = ws.Scan(config, pod);

        Assert.Null(result.Findings.Single(f => f.Rule.Id == "RT007").Suppression);
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id.StartsWith("BW", StringComparison.Ordinal));
    }

    internal static Finding At(string rule, string file, int line) =>
        new(RuleCatalog.Find(rule)!.Metadata, Severity.Low, "test", new Location(file, SourceSpan.At(new SourcePosition(line, 1, 0))), null, null);

    private static ScanResult Scan(string yaml)
    {
        using var ws = new Workspace();
        return ws.Scan(null, ws.Write("pod.yaml", yaml));
    }
}
