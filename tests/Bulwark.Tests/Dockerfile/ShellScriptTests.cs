using Bulwark.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

public sealed class ShellScriptTests
{
    [Fact]
    public void Splits_on_separators_and_numbers_pipelines()
    {
        var commands = ShellScript.Parse("set -eux; apt-get update && curl -fsSL https://x | sudo bash -s -- v1 || true & wait");

        Assert.Equal(["set", "apt-get", "curl", "bash", "true", "wait"], commands.Select(c => c.Name));
        Assert.Equal(commands[2].Pipeline, commands[3].Pipeline);
        Assert.Equal((0, 1), (commands[2].PipelinePosition, commands[3].PipelinePosition));
        Assert.NotEqual(commands[3].Pipeline, commands[4].Pipeline);
        Assert.Equal(["sudo"], commands[3].WrappedBy);
        Assert.Equal(["-s", "--", "v1"], commands[3].Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Quotes_escapes_and_substitutions_stay_inside_words()
    {
        var commands = ShellScript.Parse("echo \"a b\" 'c;d' e\\ f \"$(cat /x | wc -l)\" ${X:-y} `date`");

        var words = commands.Single().Arguments.Select(a => a.Value);
        Assert.Equal(["a b", "c;d", "e f", "$(cat /x | wc -l)", "${X:-y}", "`date`"], words);
    }

    [Fact]
    public void Assignments_redirections_comments_and_clause_words_are_not_arguments()
    {
        var commands = ShellScript.Parse("if [ -f /x ]; then\n  GOOS=linux CGO_ENABLED=0 go build -o /app . 2>&1 > /log # build\nfi\nenv -i A=1 nice -n 5 make");

        var go = commands.Single(c => c.Name == "go");
        Assert.Equal(["GOOS=linux", "CGO_ENABLED=0"], go.Assignments.Select(a => a.Value));
        Assert.Equal(["build", "-o", "/app", "."], go.Arguments.Select(a => a.Value));
        Assert.Equal("build", go.Subcommand);
        Assert.Equal(["env", "nice"], commands.Single(c => c.Name == "make").WrappedBy);
        Assert.Equal(["[", "go", "fi", "make"], commands.Select(c => c.Name));
    }

    [Fact]
    public void Heredocs_inside_a_script_are_skipped_and_word_positions_are_exact()
    {
        const string script = "cat <<EOF > /etc/conf\nrm -rf /\nEOF\napk add curl";
        var commands = ShellScript.Parse(script);

        Assert.Equal(["cat", "apk"], commands.Select(c => c.Name));
        var curl = commands[1].Arguments[1];
        Assert.Equal("curl", script[curl.Start..curl.End]);
    }

    [Theory]
    [InlineData("echo \"unterminated")]
    [InlineData("$(")]
    [InlineData("a >(")]
    [InlineData("`")]
    [InlineData("x <<")]
    [InlineData("\\")]
    [InlineData("((((")]
    public void Never_throws_on_broken_input(string text)
    {
        var commands = ShellScript.Parse(text);

        Assert.NotNull(commands);
    }
}
