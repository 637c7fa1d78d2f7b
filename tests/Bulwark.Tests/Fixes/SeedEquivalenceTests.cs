namespace Bulwark.Tests.Fixes;

/// <summary>The seed's insecure pod, fixed with unsafe fixes, means the same as the seed's quick reference pod.</summary>
public sealed class SeedEquivalenceTests
{
    [Fact]
    public void Unsafe_fixes_turn_the_insecure_pod_into_the_quick_reference_pod()
    {
        var insecure = File.ReadAllText(TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "fix", "seed-insecure-pod.yaml"));
        var reference = FixKit.Tree(File.ReadAllText(TestPaths.RepoPath("examples", "kubernetes", "hardened-pod.yaml")));
        var report = FixKit.Fix(insecure);
        Assert.Null(report.InternalError);
        var fixedPod = FixKit.Tree(report.Fixed);
        foreach (var path in new[] { "/spec/securityContext", "/spec/containers/0/securityContext", "/spec/containers/0/resources", "/spec/containers/0/volumeMounts", "/spec/volumes", "/spec/automountServiceAccountToken" })
        {
            var expected = FixKit.At(reference, path);
            var actual = FixKit.At(fixedPod, path);
            Assert.True(expected is not null && actual is not null && expected.SemanticEquals(actual), $"{path}: expected {expected}, got {actual}");
        }

        Assert.Equal(FixKit.At(reference, "/spec")!.ToString().Length, FixKit.At(fixedPod, "/spec")!.ToString().Length);
    }

    [Fact]
    public void Safe_fixes_alone_leave_behaviour_changing_settings_untouched()
    {
        var insecure = File.ReadAllText(TestPaths.RepoPath("tests", "Bulwark.Tests", "Fixtures", "fix", "seed-insecure-pod.yaml"));
        var tree = FixKit.Tree(FixKit.Fixed(insecure, includeUnsafe: false));
        Assert.Equal("0", FixKit.At(tree, "/spec/securityContext/runAsUser")!.ToString());
        Assert.Equal("true", FixKit.At(tree, "/spec/containers/0/securityContext/privileged")!.ToString());
        Assert.Equal("false", FixKit.At(tree, "/spec/automountServiceAccountToken")!.ToString());
        Assert.Null(FixKit.At(tree, "/spec/containers/0/resources"));
    }
}
