using Bulwark.DockerRun;
using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Tests.DockerRun;

/// <summary>Finding docker run/create in shell scripts and Makefiles, with exact positions.</summary>
public sealed class DockerCommandFinderTests
{
    [Fact]
    public void Continuations_sudo_and_global_options_are_followed()
    {
        var text = "set -e\nsudo -E docker -H unix:///x.sock run \\\n  --user 0 \\\n  alpine:3.19 id\n";
        var run = Assert.Single(DockerCommandFinder.Find(text));
        Assert.Equal("alpine:3.19", run.Image?.Text);
        var user = run.Last("user")!;
        Assert.Equal("--user 0", text[user.Start..user.End]);
    }

    [Fact]
    public void Commands_inside_substitutions_and_after_separators_are_found()
    {
        var text = "ID=$(docker run -d redis:7) && docker container create --name x alpine; echo \"docker run not-a-command\"\n`docker run busybox`";
        var found = DockerCommandFinder.Find(text);
        Assert.Equal(["redis:7", "alpine", "busybox"], found.Select(f => f.Image?.Text));
    }

    [Fact]
    public void Variables_and_substitutions_stay_as_written()
    {
        var run = Assert.Single(DockerCommandFinder.Find("docker run --user \"$UID:$GID\" -v \"$(pwd)\":/src $IMAGE make"));
        Assert.Equal("$UID:$GID", run.Last("user")?.Value);
        Assert.Equal("$(pwd):/src", run.Last("volume")?.Value);
        Assert.Equal("$IMAGE", run.Image?.Text);
    }

    [Fact]
    public void Makefile_recipes_are_scanned_with_findings_at_the_flag()
    {
        var makefile = "build:\n\t@docker run --privileged \\\n\t  alpine:3.19 true\n";
        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput("Makefile", makefile)]);
        Assert.Empty(result.Errors);
        var privileged = Assert.Single(result.Findings, f => f.Rule.Id == "RT007");
        Assert.Equal((2, 14), (privileged.Location.Line, privileged.Location.Column));
        Assert.Equal("DockerRun", privileged.Object?.Kind);
    }

    [Fact]
    public void An_unknown_flag_in_a_script_is_a_scan_error_at_the_flag()
    {
        var result = new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput("run.sh", "echo hi\ndocker run --frobnicate alpine\n")]);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 12), (error.Line, error.Column));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Every_prefix_of_a_tricky_script_is_lexed_without_crashing()
    {
        const string script = "docker run -e \"A=$(echo \\\"x\\\")\" -v `pwd`:/s ${IMG:-a} 'it''s' \\\n --rm \"$@\" # c\n$( docker create $( nested ) b ) ; x=\"";
        for (var length = 0; length <= script.Length; length++)
        {
            _ = DockerCommandFinder.Find(script[..length]);
        }
    }
}
