using Bulwark.PodSecurity;
using Bulwark.Yaml;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

public sealed class PodTemplatesTests
{
    private const string Template = "metadata: {annotations: {a: b}}\nspec: {hostPID: true, containers: [{name: c, image: x}]}";

    [Theory]
    [InlineData("Deployment", "spec:\n  template:\n")]
    [InlineData("StatefulSet", "spec:\n  template:\n")]
    [InlineData("DaemonSet", "spec:\n  template:\n")]
    [InlineData("ReplicaSet", "spec:\n  template:\n")]
    [InlineData("ReplicationController", "spec:\n  template:\n")]
    [InlineData("Job", "spec:\n  template:\n")]
    [InlineData("CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n")]
    [InlineData("PodTemplate", "template:\n")]
    public void Finds_the_pod_template_of_each_controller_kind(string kind, string path)
    {
        var depth = path.Split('\n').Length - 1;
        var indent = new string(' ', depth * 2);
        var yaml = $"apiVersion: v1\nkind: {kind}\nmetadata: {{name: n, namespace: ns}}\n{path}" +
            string.Join("\n", Template.Split('\n').Select(l => indent + l));
        var match = Assert.Single(PodTemplates.Find(Root(yaml)));
        Assert.Equal((kind, "ns", "n"), (match.Kind, match.Namespace, match.Name));
        Assert.False(match.Pod.IsPod);
        Assert.Equal("b", match.Pod.Metadata!.Mapping("annotations")!.String("a"));
        Assert.Equal("hostNamespaces", Pss.Checks(PodSecurityEvaluator.Default.Evaluate(Pss.Policy("baseline:latest"), match.Pod)));
    }

    [Fact]
    public void Finds_pods_inside_lists_and_skips_other_kinds()
    {
        var yaml = "apiVersion: v1\nkind: List\nitems:\n" +
            "- {apiVersion: v1, kind: Pod, metadata: {name: p1}, spec: {containers: [{name: c}]}}\n" +
            "- {apiVersion: v1, kind: ConfigMap, metadata: {name: cm}}\n" +
            "- {apiVersion: v1, kind: PodList, items: [{kind: Pod, metadata: {generateName: p2-}, spec: {containers: []}}]}";
        var matches = PodTemplates.Find(Root(yaml)).ToList();
        Assert.Equal(["p1", "p2-"], matches.Select(m => m.Name));
        Assert.True(matches[0].Pod.IsPod);
        Assert.Equal(4, matches[0].Object.Span.Start.Line);
    }

    [Fact]
    public void Pod_without_spec_is_not_a_match()
    {
        Assert.Empty(PodTemplates.Find(Root("apiVersion: v1\nkind: Pod\nmetadata: {name: p}")));
    }

    private static YamlMapping Root(string yaml) => (YamlMapping)YamlLoader.Parse(yaml).Documents[0].Root!;
}
