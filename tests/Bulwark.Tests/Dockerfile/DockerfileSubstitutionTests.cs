using Bulwark.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

public sealed class DockerfileSubstitutionTests
{
    [Theory]
    [InlineData("FROM $IMAGE", "alpine:3.19")]
    [InlineData("FROM ${IMAGE}", "alpine:3.19")]
    [InlineData("FROM ${UNSET:-busybox:1.36}", "busybox:1.36")]
    [InlineData("FROM ${EMPTY:-busybox:1.36}", "busybox:1.36")]
    [InlineData("FROM busybox${EMPTY-:1.35}", "busybox")]
    [InlineData("FROM busybox${TAG:+:1.36}", "busybox:1.36")]
    [InlineData("FROM busybox${UNSET:+:1.36}", "busybox")]
    [InlineData("FROM ${IMAGE%:*}:edge", "alpine:edge")]
    [InlineData("FROM ${IMAGE#alp}", "ine:3.19")]
    [InlineData("FROM ${IMAGE/3.19/3.20}", "alpine:3.20")]
    [InlineData("FROM golang:1.22-${TARGETOS}", "golang:1.22-linux")]
    [InlineData("FROM 'alpine':\"3.19\"", "alpine:3.19")]
    public void From_is_expanded_with_global_args_as_buildkit_does(string from, string expected)
    {
        var model = Parse.Clean("ARG IMAGE=alpine:3.19", "ARG EMPTY=", "ARG TAG=x", from);

        var image = model.Stages[0].BaseImage!;
        Assert.Equal(expected, image.Value);
        Assert.True(image.Expanded!.IsResolved);
    }

    [Fact]
    public void An_arg_without_default_leaves_the_image_unresolved_and_names_it()
    {
        var model = Parse.Clean("ARG BASE", "FROM ${BASE}");

        var expanded = model.Stages[0].BaseImage!.Expanded!;
        Assert.False(expanded.IsResolved);
        Assert.Equal(["BASE"], expanded.Unresolved);
        Assert.Equal(string.Empty, expanded.Value);
    }

    [Fact]
    public void Each_substitution_keeps_its_span_and_where_its_value_came_from()
    {
        var model = Parse.Clean("ARG REPO=alpine", "ARG TAG=3.19", "FROM ${REPO}:$TAG");

        var substitutions = model.Stages[0].BaseImage!.Expanded!.Substitutions;
        Assert.Equal(["REPO", "TAG"], substitutions.Select(s => s.Name));
        Assert.Equal([(6, 13), (14, 18)], substitutions.Select(s => (s.Span.Start.Column, s.Span.End.Column)));
        Assert.Equal("ARG REPO (line 1)", substitutions[0].Source);
        Assert.All(substitutions, s => Assert.Equal(3, s.Span.Start.Line));
    }

    [Fact]
    public void Global_args_reach_a_stage_only_when_redeclared_and_env_wins_over_arg()
    {
        var model = Parse.Clean(
            "ARG UID=1000",
            "ARG GID=2000",
            "FROM alpine:3.19",
            "ARG UID",
            "USER $UID:$GID",
            "ENV UID=3000",
            "ARG UID=4000",
            "USER $UID");

        var users = model.Stages[0].InstructionsNamed("USER").Select(u => u.Arguments[0]).ToList();
        Assert.Equal("1000:", users[0].Value);
        Assert.Equal(["GID"], users[0].Expanded!.Unresolved);
        Assert.Equal("3000", users[1].Value);
    }

    [Fact]
    public void Env_values_in_one_instruction_see_the_values_from_before_it()
    {
        var model = Parse.Clean("FROM alpine:3.19", "ENV A=1", "ENV A=2 B=$A", "USER ${B}");

        Assert.Equal("1", model.Instructions[3].Arguments[0].Value);
    }

    [Fact]
    public void A_stage_built_on_another_inherits_its_env_but_not_its_args()
    {
        var model = Parse.Clean("FROM alpine:3.19 AS base", "ARG A=arg", "ENV E=env", "FROM base", "USER $E-$A");

        var user = model.Stages[1].InstructionsNamed("USER").Single().Arguments[0];
        Assert.Equal("env-", user.Value);
        Assert.Equal(["A"], user.Expanded!.Unresolved);
    }

    [Fact]
    public void Copy_from_chown_and_arguments_are_expanded_in_the_stage_scope()
    {
        var model = Parse.Clean("FROM alpine:3.19 AS build", "FROM alpine:3.19", "ARG SRC=build", "ARG OWNER=10001", "COPY --from=$SRC --chown=${OWNER} /out/${SRC} /app");

        var copy = model.Instructions[4];
        Assert.Equal("build", copy.Flag("from")!.EffectiveValue);
        Assert.Equal("10001", copy.Flag("chown")!.EffectiveValue);
        Assert.Equal(["/out/build", "/app"], copy.Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Bad_substitution_is_an_error_at_the_dollar()
    {
        var model = Parse.Text("FROM alpine:3.19", "USER ${UID:=1000}", "WORKDIR ${");

        Assert.Equal(["unsupported modifier (:=) in substitution", "syntax error: missing '}'"], model.Errors.Select(e => e.Message));
        Assert.Equal([(2, 6), (3, 9)], model.Errors.Select(e => (e.Position.Line, e.Position.Column)));
    }

    [Fact]
    public void Stages_are_named_indexed_and_linked_to_the_stage_they_are_built_on()
    {
        var model = Parse.Clean("FROM golang:1.22 AS Build", "FROM scratch", "FROM build AS final", "COPY --from=0 /a /a", "COPY --from=BUILD /b /b");

        Assert.Equal(["build", null, "final"], model.Stages.Select(s => s.Name));
        Assert.True(model.Stages[1].IsScratch);
        Assert.Same(model.Stages[0], model.Stages[2].BaseStage);
        Assert.Same(model.Stages[2], model.FinalStage);
        Assert.Same(model.Stages[0], model.Stages[2].Root);
        Assert.Same(model.Stages[0], model.FindStage("0", 3));
        Assert.Same(model.Stages[0], model.FindStage("BUILD", 3));
        Assert.Null(model.FindStage("final", 2));
    }

    [Fact]
    public void Duplicate_and_invalid_stage_names_are_errors()
    {
        var model = Parse.Text("FROM alpine:3.19 AS app", "FROM alpine:3.19 AS app", "FROM alpine:3.19 AS 1st");

        Assert.Equal(["duplicate stage name \"app\"", "invalid name for build stage: \"1st\", name can't start with a number or contain symbols"], model.Errors.Select(e => e.Message));
    }
}
