using Bulwark.Common;

namespace Bulwark.Tests.Policy;

public sealed class PathGlobTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "repo");

    [Theory]
    [InlineData("vendor/**", "vendor/a/b.yaml", true)]
    [InlineData("vendor", "vendor/a/b.yaml", true)]
    [InlineData("vendor/**", "src/vendor.yaml", false)]
    [InlineData("**/testdata/**", "a/b/testdata/x.yaml", true)]
    [InlineData("**/testdata/**", "testdata/x.yaml", true)]
    [InlineData("charts/legacy/**", "charts/legacy/templates/d.yaml", true)]
    [InlineData("charts/legacy/**", "charts/current/d.yaml", false)]
    [InlineData("*.generated.yaml", "deep/dir/x.generated.yaml", true)]
    [InlineData("k8s/*.yaml", "k8s/a.yaml", true)]
    [InlineData("k8s/*.yaml", "k8s/sub/a.yaml", false)]
    [InlineData("./k8s/a.yaml", "k8s/a.yaml", true)]
    public void Matches_paths_relative_to_the_base_directory(string pattern, string relative, bool expected)
    {
        var glob = new PathGlob(pattern, Base);
        Assert.Equal(expected, glob.Matches(Path.Combine(Base, relative)));
    }

    [Fact]
    public void Never_matches_outside_the_base_directory_or_stdin()
    {
        var glob = new PathGlob("**", Base);
        Assert.False(glob.Matches(Path.Combine(Path.GetTempPath(), "other", "a.yaml")));
        Assert.False(glob.Matches("<stdin>"));
        Assert.False(glob.Matches("docker://web"));
    }
}
