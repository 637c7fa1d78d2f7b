using Bulwark.Fixes;

namespace Bulwark.Tests.Fixes;

/// <summary>One fix, two renderings: the RFC 6902 patch means exactly what the text edit does.</summary>
public sealed class JsonPatchTests
{
    [Fact]
    public void Adds_under_missing_parents_become_one_add_of_the_first_missing_parent()
    {
        var doc = FixValue.Map(("spec", FixValue.Map(("containers", FixValue.List(FixValue.Map(("name", FixValue.String("app"))))))));
        var patch = JsonPatch.Lower(doc,
        [
            FixOperation.Add(FixPath.Parse("/spec/containers/0/securityContext/allowPrivilegeEscalation"), FixValue.Bool(false)),
            FixOperation.Add(FixPath.Parse("/spec/containers/0/securityContext/capabilities/drop/-"), FixValue.String("ALL")),
        ]);
        Assert.Equal(
            """[{"op":"add","path":"/spec/containers/0/securityContext","value":{"allowPrivilegeEscalation":false}},{"op":"add","path":"/spec/containers/0/securityContext/capabilities","value":{"drop":["ALL"]}}]""",
            JsonPatch.ToJson(patch));
    }

    [Fact]
    public void The_patch_applied_to_the_parsed_document_equals_the_text_fix()
    {
        var insecure = File.ReadAllText(TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "fix", "seed-insecure-pod.yaml"));
        var engine = new Bulwark.Engine.ScanEngine(Bulwark.Rules.RuleCatalog.All, Bulwark.Rules.RuleOptions.Default);
        var session = engine.Load([new Bulwark.Engine.ScanInput("pod.yaml", insecure)]);
        var fixes = engine.Evaluate(session).Active
            .Select(f => FixCatalog.FixFor(f, session, FixOptions.Default)).OfType<YamlFix>().ToList();
        var operations = fixes.SelectMany(f => f.Operations).Aggregate(new List<FixOperation>(), (all, op) =>
        {
            if (!all.Any(o => o.SameAs(op)))
            {
                all.Add(op);
            }

            return all;
        });
        var tree = FixKit.Tree(insecure);
        var patched = JsonPatch.Apply(tree, JsonPatch.Lower(tree, operations));
        var pass = new Bulwark.Fixes.Yaml.YamlFileFixer(session.Files["pod.yaml"].Yaml!).Plan(fixes);
        Assert.Empty(pass.Skipped);
        Assert.Equal(fixes.Count, pass.Applied.Count + pass.Deferred.Count);
        var applied = pass.Applied.SelectMany(f => f.Operations).Aggregate(new List<FixOperation>(), (all, op) =>
        {
            if (!all.Any(o => o.SameAs(op)))
            {
                all.Add(op);
            }

            return all;
        });
        var expected = JsonPatch.Apply(tree, JsonPatch.Lower(tree, applied));
        Assert.True(expected.SemanticEquals(FixKit.Tree(pass.Text)), $"{expected}\n!=\n{FixKit.Tree(pass.Text)}");
        Assert.NotNull(patched);
    }

    [Fact]
    public void Pointers_escape_slash_and_tilde()
    {
        var path = FixPath.Root.Then("metadata", "labels", "pod-security.kubernetes.io/enforce");
        Assert.Equal("/metadata/labels/pod-security.kubernetes.io~1enforce", path.ToString());
        Assert.Equal(path, FixPath.Parse(path.ToString()));
    }
}
