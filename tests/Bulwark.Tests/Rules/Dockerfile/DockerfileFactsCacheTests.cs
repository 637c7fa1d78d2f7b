using Bulwark.Rules.Dockerfile;
using Bulwark.Tests.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Rules.Dockerfile;

/// <summary>What the rules work out once about a model, an instruction or a command is kept on it and handed out again, not worked out again.</summary>
public sealed class DockerfileFactsCacheTests
{
    private static readonly string[] Dockerfile =
    [
        "FROM golang:1.22 AS build",
        "RUN apt-get update && apt-get install -y make && apt-get -y",
        "FROM alpine:3.19",
        "COPY --from=build /out /app",
        "COPY --from=busybox:1.36 /bin/true /bin/true",
        "RUN echo done",
    ];

    [Fact]
    public void A_runs_facts_are_made_once_per_instruction()
    {
        var model = Parse.Clean(Dockerfile);
        var runs = model.Stages.SelectMany(s => s.InstructionsNamed("RUN")).ToList();

        Assert.Same(DockerfileFacts.Of(runs[0]), DockerfileFacts.Of(runs[0]));
        Assert.NotSame(DockerfileFacts.Of(runs[0]), DockerfileFacts.Of(runs[1]));
        Assert.Same(DockerfileFacts.Runs(model), DockerfileFacts.Runs(model));
        Assert.Equal(runs, DockerfileFacts.Runs(model).Select(r => r.Run));
        Assert.Equal([runs[1]], DockerfileFacts.ShippedRuns(model).Select(r => r.Run));
    }

    [Fact]
    public void A_commands_package_call_or_its_absence_is_recognised_once()
    {
        var model = Parse.Clean(Dockerfile);
        var commands = DockerfileFacts.Runs(model)[0].Commands;

        var install = PackageCommands.Parse(commands[1]);
        Assert.NotNull(install);
        Assert.Same(install, PackageCommands.Parse(commands[1]));
        Assert.Equal("install", install.Action);

        // apt-get without an action makes no package call, the second time too.
        Assert.Null(PackageCommands.Parse(commands[2]));
        Assert.Null(PackageCommands.Parse(commands[2]));
    }

    [Fact]
    public void A_models_external_images_are_found_once()
    {
        var model = Parse.Clean(Dockerfile);

        var images = DockerfileImage.Of(model);

        Assert.Same(images, DockerfileImage.Of(model));
        Assert.Equal(["golang:1.22", "alpine:3.19", "busybox:1.36"], images.Select(i => i.Image));
    }
}
