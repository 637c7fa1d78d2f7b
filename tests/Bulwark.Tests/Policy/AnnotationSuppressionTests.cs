using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Tests.Policy;

public sealed class AnnotationSuppressionTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            bulwark.dev/ignore: "RT005"
            bulwark.dev/ignore-reason: "limits come from the LimitRange"
        spec:
          template:
            metadata:
              annotations:
                bulwark.dev/ignore.sidecar: "run-as-root"
            spec:
              containers:
                - name: app
                  image: registry.example.com/app:1.0
                - name: sidecar
                  image: registry.example.com/sidecar:1.0
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: other
        spec:
          containers:
            - name: sidecar
              image: registry.example.com/sidecar:1.0

        """;

    [Fact]
    public void Object_annotation_covers_every_container_with_the_reason()
    {
        var limits = Scan(Deployment).Findings.Where(f => f.Rule.Id == "RT005" && f.Object!.Name == "web").ToList();

        Assert.Equal(2, limits.Count);
        Assert.All(limits, f => Assert.Equal(new Suppression(SuppressionKind.Annotation, "limits come from the LimitRange"), f.Suppression));
    }

    [Fact]
    public void Container_annotation_on_the_pod_template_covers_that_container_only()
    {
        var root = Scan(Deployment).Findings.Where(f => f.Rule.Id == "RT001").ToList();

        Assert.Equal(SuppressionKind.Annotation, root.Single(f => f.Object!.Name == "web" && f.Container == "sidecar").Suppression?.Kind);
        Assert.Null(root.Single(f => f.Object!.Name == "web" && f.Container == "app").Suppression);
        Assert.Null(root.Single(f => f.Object!.Name == "other").Suppression);
    }

    [Fact]
    public void Used_annotations_are_not_reported()
    {
        Assert.DoesNotContain(Scan(Deployment).Findings, f => f.Rule.Id.StartsWith("BW", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotations_false_keeps_those_findings_active_and_reports_nothing_about_them()
    {
        using var ws = new Workspace();
        var config = ws.Config("suppressions:\n  annotations: false\n");
        var result = ws.Scan(config, ws.Write("deploy.yaml", Deployment.Replace("\"RT005\"", "\"RT005,no-such-rule\"", StringComparison.Ordinal)));

        Assert.Contains(result.Active, f => f.Rule.Id == "RT005");
        Assert.Empty(result.Suppressed);
        Assert.DoesNotContain(result.Findings, f => f.Rule.Id.StartsWith("BW", StringComparison.Ordinal));
    }

    private static ScanResult Scan(string yaml)
    {
        using var ws = new Workspace();
        return ws.Scan(null, ws.Write("deploy.yaml", yaml));
    }
}
