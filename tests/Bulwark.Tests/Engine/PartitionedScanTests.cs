using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Tests.Engine;

/// <summary>
/// A scan on several threads (<see cref="PartitionedScan"/>) must report exactly what one session over
/// all inputs reports: the same findings in the same order, the same errors, the same fix annotations.
/// </summary>
public sealed class PartitionedScanTests
{
    [Theory]
    [InlineData("dockerfile")]
    [InlineData("compose")]
    [InlineData("k8s")]
    public void Reports_what_one_session_reports(string corpus)
    {
        var inputs = InputDiscovery.Expand(TestPaths.SharedPath("corpus", corpus)).Select(f => new ScanInput(f)).ToList();
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);
        Assert.True(PartitionedScan.Pays(inputs) || Environment.ProcessorCount == 1);

        var together = engine.Scan(inputs);
        var alone = engine.Evaluate(engine.Load(inputs));

        Assert.NotEmpty(alone.Findings);
        Assert.Equal(Json(alone), Json(together));
        Assert.Equal(alone.Files.Keys, together.Files.Keys);
    }

    [Fact]
    public void One_input_more_than_a_part_makes_two_parts_that_report_what_one_session_reports()
    {
        // Parts hold eight inputs: nine make a full part and a part of one, scanned on two threads.
        var inputs = Enumerable.Range(0, 9)
            .Select(i => new ScanInput($"svc{i}/Dockerfile", $"FROM alpine:3.{i}\nRUN apk add curl && curl -k https://example.com/{i}\nUSER {1000 + i}\n"))
            .ToList();
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);
        Assert.False(PartitionedScan.Pays(inputs[..8]));
        Assert.True(PartitionedScan.Pays(inputs) || Environment.ProcessorCount == 1);

        var together = engine.Scan(inputs);
        var alone = engine.Evaluate(engine.Load(inputs));

        Assert.Contains(together.Findings, f => f.Location.File == "svc8/Dockerfile");
        Assert.Equal(Json(alone), Json(together));
    }

    [Fact]
    public void Cross_file_rules_see_every_part()
    {
        // Twenty-one manifests, each in its own file: the namespace in the first, a network policy in
        // the last that selects the pods of all the others, so the cross-file rules K8S005 and K8S007
        // must see files from every part.
        var inputs = Enumerable.Range(0, 19)
            .Select(i => new ScanInput($"app{i:D2}.yaml", $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p{i}\n  namespace: shop\n  labels:\n    app: shop\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n"))
            .Prepend(new ScanInput("aa-namespace.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"))
            .Append(new ScanInput("zz-policy.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"))
            .ToList();
        var engine = new ScanEngine(RuleCatalog.All, RuleOptions.Default);

        var together = engine.Scan(inputs);
        var alone = engine.Evaluate(engine.Load(inputs));

        Assert.Equal(Json(alone), Json(together));
        Assert.DoesNotContain(together.Findings, f => f.Rule.Id is "K8S005" or "K8S007");
        Assert.Contains(engine.Scan(inputs[..^1]).Findings, f => f.Rule.Id is "K8S005" or "K8S007");
    }

    private static string Json(ScanResult result)
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(result, output, ReportOptions.Default);
        return output.ToString();
    }
}
