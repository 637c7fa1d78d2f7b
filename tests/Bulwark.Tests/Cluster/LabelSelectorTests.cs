using Bulwark.Kubernetes.Network;
using Bulwark.Yaml;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Web = new() { ["app"] = "web", ["tier"] = "front" };
    private static readonly Dictionary<string, string> Unlabelled = [];

    private static LabelSelector? Parse(string yaml) =>
        LabelSelector.Read(YamlLoader.Parse("s: " + yaml).Documents[0].Root is YamlMapping m ? m["s"] : null);

    [Theory]
    [InlineData("{matchLabels: {app: web}}", true)]
    [InlineData("{matchLabels: {app: db}}", false)]
    [InlineData("{matchLabels: {app: web, tier: back}}", false)]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [web, api]}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: [db]}]}", false)]
    [InlineData("{matchExpressions: [{key: app, operator: NotIn, values: [db]}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: NotIn, values: [web]}]}", false)]
    [InlineData("{matchExpressions: [{key: tier, operator: Exists}]}", true)]
    [InlineData("{matchExpressions: [{key: env, operator: Exists}]}", false)]
    [InlineData("{matchExpressions: [{key: env, operator: DoesNotExist}]}", true)]
    [InlineData("{matchExpressions: [{key: app, operator: DoesNotExist}]}", false)]
    [InlineData("{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [back]}]}", false)]
    public void Operators_follow_the_API(string selector, bool matchesWeb) =>
        Assert.Equal(matchesWeb, Parse(selector)!.Matches(Web));

    [Fact]
    public void NotIn_matches_pods_without_the_key()
    {
        Assert.True(Parse("{matchExpressions: [{key: app, operator: NotIn, values: [web]}]}")!.Matches(Unlabelled));
        Assert.False(Parse("{matchExpressions: [{key: app, operator: In, values: [web]}]}")!.Matches(Unlabelled));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{matchLabels: {}}")]
    [InlineData("{matchLabels: null, matchExpressions: []}")]
    public void Empty_selector_selects_every_pod(string selector)
    {
        var parsed = Parse(selector)!;
        Assert.True(parsed.SelectsEverything);
        Assert.True(parsed.Matches(Unlabelled));
        Assert.Equal("{}", parsed.ToString());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    public void Absent_or_null_selector_is_not_set(string selector) => Assert.Null(Parse(selector));

    [Theory]
    [InlineData("{matchExpressions: [{key: app, operator: Equals, values: [web]}]}", "unknown operator")]
    [InlineData("{matchExpressions: [{key: app, operator: In, values: []}]}", "needs values")]
    [InlineData("{matchExpressions: [{key: app, operator: Exists, values: [web]}]}", "takes no values")]
    [InlineData("{matchExpressions: [{operator: Exists}]}", "needs a key")]
    [InlineData("app=web", "must be a mapping")]
    public void Invalid_selector_selects_nothing_and_says_why(string selector, string problem)
    {
        var parsed = Parse(selector)!;
        Assert.Contains(problem, parsed.Problem, StringComparison.Ordinal);
        Assert.False(parsed.Matches(Web));
        Assert.False(parsed.SelectsEverything);
    }

    [Fact]
    public void Renders_in_kubectl_syntax() =>
        Assert.Equal(
            "app=web,tier in (a,b),env notin (dev),ok,!legacy",
            Parse("{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [a, b]}, {key: env, operator: NotIn, values: [dev]}, {key: ok, operator: Exists}, {key: legacy, operator: DoesNotExist}]}")!.ToString());
}
