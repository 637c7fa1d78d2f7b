using Xunit;

namespace Bulwark.Tests.Dockerfile;

public sealed class DockerfileHeredocTests
{
    [Fact]
    public void Run_heredoc_body_is_attached_with_its_span_and_the_next_instruction_follows()
    {
        var model = Parse.Clean(
            "FROM alpine:3.19",
            "RUN <<EOF",
            "apk add --no-cache curl",
            "echo done",
            "EOF",
            "USER 1000");

        var run = model.Instructions[1];
        var heredoc = Assert.Single(run.Heredocs);
        Assert.Equal(("EOF", true, false), (heredoc.Name, heredoc.Expand, heredoc.Chomp));
        Assert.Equal("apk add --no-cache curl\necho done\n", heredoc.Content);
        Assert.Equal((3, 1), (heredoc.Body.Span.Start.Line, heredoc.Body.Span.Start.Column));
        Assert.Equal((2, 5), (heredoc.WordSpan.Start.Line, heredoc.WordSpan.Start.Column));
        Assert.Equal(5, run.Span.End.Line);
        Assert.Equal("USER", model.Instructions[2].Keyword);
    }

    [Fact]
    public void Dash_heredoc_strips_leading_tabs_and_accepts_an_indented_terminator()
    {
        var model = Parse.Clean("FROM alpine:3.19", "RUN <<-EOT bash", "\techo one", "\t\techo two", "\tEOT", "USER 1000");

        var heredoc = model.Instructions[1].Heredocs.Single();
        Assert.True(heredoc.Chomp);
        Assert.Equal("echo one\necho two\n", heredoc.Content);
        Assert.Equal("\techo one\n\t\techo two\n", heredoc.Body.Text);
    }

    [Fact]
    public void Quoted_delimiters_turn_expansion_off()
    {
        var model = Parse.Clean("FROM alpine:3.19", "RUN <<'EOF'", "echo $HOME", "EOF", "RUN <<\"END\"", "x", "END");

        Assert.False(model.Instructions[1].Heredocs[0].Expand);
        Assert.Equal("EOF", model.Instructions[1].Heredocs[0].Name);
        Assert.Equal("END", model.Instructions[2].Heredocs[0].Name);
    }

    [Fact]
    public void Several_heredocs_on_one_line_are_read_in_order()
    {
        var model = Parse.Clean(
            "FROM alpine:3.19",
            "RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2",
            "first",
            "FILE1",
            "second",
            "FILE2",
            "COPY <<A <<B /dest/",
            "a",
            "A",
            "b",
            "B");

        Assert.Equal(["FILE1", "FILE2"], model.Instructions[1].Heredocs.Select(h => h.Name));
        Assert.Equal(["first\n", "second\n"], model.Instructions[1].Heredocs.Select(h => h.Content));
        var copy = model.Instructions[2];
        Assert.Equal(["a\n", "b\n"], copy.Heredocs.Select(h => h.Content));
        Assert.Equal(["<<A", "<<B", "/dest/"], copy.Arguments.Select(a => a.Raw));
        Assert.Equal(11, copy.Span.End.Line);
    }

    [Fact]
    public void Heredoc_opened_after_a_command_and_inside_a_continuation()
    {
        var model = Parse.Clean("FROM alpine:3.19", "RUN cat <<EOF > /etc/motd \\", "  && echo written", "hello", "EOF");

        var run = model.Instructions[1];
        Assert.Equal("hello\n", run.Heredocs.Single().Content);
        Assert.Equal(4, run.Heredocs[0].Body.Span.Start.Line);
    }

    [Fact]
    public void Heredoc_markers_in_quotes_json_form_or_other_instructions_are_not_heredocs()
    {
        var model = Parse.Clean("FROM alpine:3.19", "RUN echo \"<<EOF\"", "RUN [\"cat\", \"<<EOF\"]", "ENV X=\"<<EOF\"", "RUN cat << EOF", "USER 1000");

        Assert.All(model.Instructions, i => Assert.Empty(i.Heredocs));
        Assert.Equal(6, model.Instructions.Count);
    }

    [Fact]
    public void An_unterminated_heredoc_is_an_error_at_its_instruction()
    {
        var model = Parse.Text("FROM alpine:3.19", "USER 1000", "RUN <<EOF", "echo never closed");

        var error = Assert.Single(model.Errors);
        Assert.Equal((3, 1), (error.Position.Line, error.Position.Column));
        Assert.Contains("unterminated heredoc", error.Message, StringComparison.Ordinal);
        Assert.Equal(["FROM", "USER", "RUN"], model.Instructions.Select(i => i.Keyword));
    }
}
