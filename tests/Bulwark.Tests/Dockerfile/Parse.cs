using Bulwark.Dockerfile;
using Bulwark.Engine;

namespace Bulwark.Tests.Dockerfile;

/// <summary>Parses Dockerfile text for tests (lines joined with \n).</summary>
internal static class Parse
{
    public static DockerfileModel Text(params string[] lines) =>
        DockerfileParser.Parse(new SourceFile("Dockerfile", string.Join('\n', lines) + "\n"));

    public static DockerfileModel Clean(params string[] lines)
    {
        var model = Text(lines);
        Xunit.Assert.True(model.Errors.Count == 0, string.Join("; ", model.Errors));
        return model;
    }
}
