using Xunit;

namespace Bulwark.Tests.Dockerfile;

public sealed class DockerfileDirectiveTests
{
    [Fact]
    public void Directives_at_the_top_are_read_with_their_values_and_spans()
    {
        var model = Parse.Clean("# syntax=docker/dockerfile:1.7", "#check=skip=JSONArgsRecommended;error=true", "# escape=\\", "FROM alpine:3.19");

        Assert.Equal(["syntax", "check", "escape"], model.Directives.Select(d => d.Name));
        Assert.Equal("docker/dockerfile:1.7", model.Directive("syntax"));
        Assert.Equal("skip=JSONArgsRecommended;error=true", model.Directive("check"));
        Assert.Equal((1, 10), (model.Directives[0].Span.Start.Line, model.Directives[0].Span.Start.Column));
    }

    [Fact]
    public void A_blank_line_or_another_comment_ends_the_directives()
    {
        var afterBlank = Parse.Clean("# syntax=docker/dockerfile:1", "", "# escape=`", "FROM alpine:3.19");
        var afterComment = Parse.Clean("# hello", "# escape=`", "FROM alpine:3.19");

        Assert.Equal('\\', afterBlank.EscapeChar);
        Assert.Single(afterBlank.Directives);
        Assert.Empty(afterComment.Directives);
        Assert.Equal('\\', afterComment.EscapeChar);
    }

    [Fact]
    public void A_repeated_or_invalid_directive_is_an_error_with_its_position()
    {
        var repeated = Parse.Text("# escape=\\", "# escape=`", "FROM alpine:3.19");
        var invalid = Parse.Text("# escape=x", "FROM alpine:3.19");

        Assert.Equal("only one escape parser directive can be used", Assert.Single(repeated.Errors).Message);
        Assert.Equal(2, repeated.Errors[0].Position.Line);
        Assert.Contains("invalid escape token 'x'", Assert.Single(invalid.Errors).Message);
        Assert.Single(invalid.Stages);
    }

    [Fact]
    public void Backtick_escape_continues_lines_and_leaves_backslashes_literal()
    {
        var model = Parse.Clean(
            "# escape=`",
            "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
            "COPY C:\\src\\app C:\\app\\",
            "RUN Write-Host one; `",
            "    Write-Host two",
            "USER ContainerUser");

        Assert.Equal('`', model.EscapeChar);
        var copy = model.Instructions[1];
        Assert.Equal(["C:\\src\\app", "C:\\app\\"], copy.Arguments.Select(a => a.Value));
        var run = model.Instructions[2];
        Assert.Equal("Write-Host one;     Write-Host two", run.ShellCommand!.Raw);
        Assert.Equal((4, 5), (run.Span.Start.Line, run.Span.End.Line));
        Assert.Equal("ContainerUser", model.Instructions[3].Arguments[0].Value);
    }

    [Fact]
    public void An_escaped_escape_at_the_end_of_a_line_does_not_continue_it()
    {
        var model = Parse.Clean("FROM alpine:3.19", "RUN echo a\\\\", "RUN echo b");

        Assert.Equal(3, model.Instructions.Count);
    }

    [Fact]
    public void Comments_are_recorded_for_suppressions_including_those_inside_continuations()
    {
        var model = Parse.Clean(
            "# syntax=docker/dockerfile:1",
            "FROM alpine:3.19",
            "# bulwark:ignore DF016 -- cache mount in CI",
            "RUN apk add curl \\",
            "  # not a comment of the shell: BuildKit drops this line",
            "  && echo done");

        Assert.Equal(
            [(1, "syntax=docker/dockerfile:1"), (3, "bulwark:ignore DF016 -- cache mount in CI"), (5, "not a comment of the shell: BuildKit drops this line")],
            model.Comments);
    }
}
