using Bulwark.DockerRun;

namespace Bulwark.Tests.DockerRun;

/// <summary>The flag parser follows Docker's CLI (pflag): long/short forms, bundles, values, the image boundary.</summary>
public sealed class DockerRunParserTests
{
    [Fact]
    public void Long_flags_take_values_with_equals_or_the_next_word()
    {
        var run = Parse("docker run --user=1000 --memory 512m --read-only nginx:1.25 nginx -g 'daemon off;'");
        Assert.Equal(["user=1000", "memory=512m", "read-only=true"], run.Flags.Select(f => f.Flag.Name + "=" + f.Value));
        Assert.Equal("nginx:1.25", run.Image?.Text);
        Assert.Equal(["nginx", "-g", "daemon off;"], run.Arguments.Select(a => a.Text));
    }

    [Theory]
    [InlineData("docker run -itd alpine", "interactive,tty,detach")]
    [InlineData("docker run -itu 1000 alpine", "interactive,tty,user")]
    [InlineData("docker run -u1000 alpine", "user")]
    [InlineData("docker run -u=1000 alpine", "user")]
    [InlineData("docker run -m 512m -v a:b:ro alpine", "memory,volume")]
    public void Shorthands_and_bundles_are_split_like_pflag(string line, string flags)
    {
        var run = Parse(line);
        Assert.Equal(flags.Split(','), run.Flags.Select(f => f.Flag.Name));
        Assert.Equal("alpine", run.Image?.Text);
    }

    [Fact]
    public void A_value_attached_to_a_shorthand_points_at_the_value()
    {
        var run = Parse("docker run -u1000 alpine");
        var user = Assert.Single(run.Flags);
        Assert.Equal(("1000", 13), (user.Value, user.ValueStart));
    }

    [Fact]
    public void Repeated_flags_accumulate_and_the_command_after_the_image_is_not_parsed()
    {
        var run = Parse("docker run --cap-add A --cap-add=B -e X=1 -e Y busybox sh -c 'ls --privileged'");
        Assert.Equal(["A", "B"], run.All("cap-add").Select(f => f.Value));
        Assert.Equal(["X=1", "Y"], run.All("env").Select(f => f.Value));
        Assert.DoesNotContain(run.Flags, f => f.Flag.Name == "privileged");
    }

    [Fact]
    public void Double_dash_ends_the_flags()
    {
        var run = Parse("docker create --rm -- -weird-image");
        Assert.Equal("-weird-image", run.Image?.Text);
        Assert.Equal("create", run.Verb);
    }

    [Theory]
    [InlineData("docker run --bogus alpine", "unknown flag --bogus")]
    [InlineData("docker run -itZ alpine", "unknown shorthand flag 'Z'")]
    [InlineData("docker run --user", "flag needs an argument")]
    [InlineData("docker run --rm", "has no image")]
    public void Bad_command_lines_are_errors_not_guesses(string line, string message)
    {
        var run = Parse(line);
        Assert.Contains(run.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_aliases_the_cli_accepts_are_known()
    {
        var run = Parse("docker run --net host --dns-opt ndots:1 alpine");
        Assert.Equal(["network", "dns-option"], run.Flags.Select(f => f.Flag.Name));
    }

    [Fact]
    public void Mount_and_security_opt_values_are_kept_whole()
    {
        var run = Parse("docker run --mount type=tmpfs,destination=/tmp,tmpfs-size=64m --security-opt seccomp=unconfined alpine");
        Assert.Equal("type=tmpfs,destination=/tmp,tmpfs-size=64m", run.Last("mount")?.Value);
        Assert.Equal("seccomp=unconfined", run.Last("security-opt")?.Value);
    }

    private static ParsedDockerRun Parse(string line) => Assert.Single(DockerCommandFinder.Find(line));
}
