using Xunit;

namespace Bulwark.Tests.Dockerfile;

public sealed class DockerfileLineTests
{
    [Fact]
    public void Continuations_join_lines_skip_comment_and_blank_lines_and_keep_spans()
    {
        var model = Parse.Clean(
            "FROM alpine:3.19",
            "RUN apk add --no-cache \\",
            "# a comment inside the continuation",
            "",
            "    curl \\",
            "\t  jq");

        var run = model.Instructions[1];
        Assert.Equal("apk add --no-cache     curl \t  jq", run.ShellCommand!.Raw);
        Assert.Equal((2, 1), (run.Span.Start.Line, run.Span.Start.Column));
        Assert.Equal(6, run.Span.End.Line);

        // "curl" is on line 5, column 5: the joined text still knows where each character came from.
        var curl = run.ShellCommand.Raw.IndexOf("curl", StringComparison.Ordinal);
        var span = run.ShellCommand.Source.SpanOf(curl, curl + 4);
        Assert.Equal((5, 5, 5, 9), (span.Start.Line, span.Start.Column, span.End.Line, span.End.Column));
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_spans_cover_keyword_and_words()
    {
        var model = Parse.Clean("from alpine:3.19 as Build", "  run echo hi");

        var from = model.Instructions[0];
        Assert.Equal("FROM", from.Keyword);
        Assert.Equal((1, 1, 1, 5), (from.KeywordSpan.Start.Line, from.KeywordSpan.Start.Column, from.KeywordSpan.End.Line, from.KeywordSpan.End.Column));
        Assert.Equal((1, 6, 1, 17), (from.Arguments[0].Span.Start.Line, from.Arguments[0].Span.Start.Column, from.Arguments[0].Span.End.Line, from.Arguments[0].Span.End.Column));
        Assert.Equal("build", model.Stages[0].Name);
        Assert.Equal((2, 3), (model.Instructions[1].Span.Start.Line, model.Instructions[1].Span.Start.Column));
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_are_handled()
    {
        var model = Bulwark.Dockerfile.DockerfileParser.Parse(new Bulwark.Engine.SourceFile("Dockerfile", "\uFEFFFROM alpine:3.19\r\nRUN echo a \\\r\n  b\r\nUSER 1000\r\n"));

        Assert.Empty(model.Errors);
        Assert.Equal("echo a   b", model.Instructions[1].ShellCommand!.Raw);
        Assert.Equal("1000", model.Instructions[2].Arguments[0].Value);
    }

    [Fact]
    public void Json_form_gives_one_argument_per_element_with_decoded_values_and_spans()
    {
        var model = Parse.Clean("FROM alpine:3.19", "CMD [\"echo\", \"a \\\"b\\\"\", \"c\\u0041\"]", "ENTRYPOINT [ \"/app\" ]");

        var cmd = model.Instructions[1];
        Assert.True(cmd.IsJsonForm);
        Assert.Equal(["echo", "a \"b\"", "cA"], cmd.Arguments.Select(a => a.Value));
        Assert.Equal("\"a \\\"b\\\"\"", cmd.Arguments[1].Raw);
        Assert.Equal(14, cmd.Arguments[1].Span.Start.Column);
        Assert.Null(cmd.ShellCommand);
        Assert.True(model.Instructions[2].IsJsonForm);
    }

    [Fact]
    public void Text_that_is_not_a_json_array_is_shell_form_and_a_non_string_array_is_an_error()
    {
        var model = Parse.Text("FROM alpine:3.19", "CMD [\"echo\", 'single']", "RUN [\"echo\", 1]", "CMD [ not json");

        Assert.False(model.Instructions[1].IsJsonForm);
        Assert.Equal("[\"echo\", 'single']", model.Instructions[1].ShellCommand!.Raw);
        Assert.Equal("JSON arguments must be an array of strings", Assert.Single(model.Errors).Message);
        Assert.Equal(3, model.Errors[0].Position.Line);
        Assert.Equal("[ not json", model.Instructions[2].ShellCommand!.Raw);
    }

    [Fact]
    public void Env_label_and_arg_pairs_in_both_forms()
    {
        var model = Parse.Clean(
            "ARG A B=2 C=\"x y\"",
            "FROM alpine:3.19",
            "ENV PATH /usr/local/bin:$PATH",
            "ENV X=1 Y=\"two words\" Z=a\\ b",
            "LABEL org.opencontainers.image.title=\"Bulwark\"");

        Assert.Equal(["A", "B", "C"], model.GlobalArgs[0].Pairs.Select(p => p.Name.Raw));
        Assert.Null(model.GlobalArgs[0].Pairs[0].Value);
        Assert.Equal("x y", model.GlobalArgs[0].Pairs[2].Value!.Value);
        var legacy = model.Instructions[2].Pairs.Single();
        Assert.Equal(("PATH", "/usr/local/bin:"), (legacy.Name.Raw, legacy.Value!.Value));
        Assert.Equal(["1", "two words", "a b"], model.Instructions[3].Pairs.Select(p => p.Value!.Value));
        Assert.Equal("Bulwark", model.Instructions[4].Pairs[0].Value!.Value);
    }

    [Fact]
    public void Flags_are_read_with_values_and_spans()
    {
        var model = Parse.Clean(
            "FROM --platform=$BUILDPLATFORM golang:1.22 AS build",
            "RUN --mount=type=secret,id=npm,target=/root/.npmrc --mount=type=cache,target=/root/.cache --network=none go build",
            "FROM alpine:3.19",
            "COPY --from=build --chown=10001:10001 --chmod=0755 --link /out/app /app");

        var from = model.Instructions[0];
        Assert.Equal("linux/amd64", from.Flag("platform")!.EffectiveValue);
        var run = model.Instructions[1];
        Assert.Equal(["mount", "mount", "network"], run.Flags.Select(f => f.Name));
        Assert.Equal("type=secret,id=npm,target=/root/.npmrc", run.Flags[0].Value);
        Assert.Equal((2, 5), (run.Flags[0].Span.Start.Line, run.Flags[0].Span.Start.Column));
        Assert.Equal(13, run.Flags[0].ValueSpan!.Value.Start.Column);
        Assert.Equal("go build", run.ShellCommand!.Raw);
        var copy = model.Instructions[3];
        Assert.Equal(["from", "chown", "chmod", "link"], copy.Flags.Select(f => f.Name));
        Assert.Null(copy.Flag("link")!.Value);
        Assert.Equal(["/out/app", "/app"], copy.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Unknown_flags_and_instructions_are_errors_and_the_rest_still_parses()
    {
        var model = Parse.Text("FROM alpine:3.19", "COPY --frm=build /a /b", "RUNN echo hi", "ENV NAME", "USER 1000");

        Assert.Equal(["unknown flag: --frm (not allowed on COPY)", "unknown instruction: RUNN", "ENV must have two arguments (NAME value) or use NAME=value"], model.Errors.Select(e => e.Message));
        Assert.Equal([(2, 6), (3, 1), (4, 5)], model.Errors.Select(e => (e.Position.Line, e.Position.Column)));
        Assert.Equal(["FROM", "USER"], model.Instructions.Select(i => i.Keyword));
        Assert.Equal("1000", model.FinalStage!.InstructionsNamed("USER").Single().Arguments[0].Value);
    }

    [Fact]
    public void Instructions_before_the_first_from_other_than_arg_are_errors()
    {
        var model = Parse.Text("ARG V=1", "RUN echo hi", "FROM alpine:${V}");

        Assert.Equal(2, Assert.Single(model.Errors).Position.Line);
        Assert.Equal("alpine:1", model.Stages[0].BaseImage!.Value);
    }

    [Fact]
    public void Onbuild_holds_its_trigger_and_healthcheck_its_type()
    {
        var model = Parse.Clean("FROM alpine:3.19", "ONBUILD RUN echo downstream", "HEALTHCHECK --interval=5s CMD [\"/app\", \"health\"]", "HEALTHCHECK NONE");

        Assert.Equal("RUN", model.Instructions[1].Trigger!.Keyword);
        Assert.Equal("echo downstream", model.Instructions[1].Trigger!.ShellCommand!.Raw);
        Assert.Equal(["CMD", "/app", "health"], model.Instructions[2].Arguments.Select(a => a.Value));
        Assert.Equal("NONE", model.Instructions[3].Arguments.Single().Raw);
    }
}
