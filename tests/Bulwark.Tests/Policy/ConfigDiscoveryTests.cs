using Bulwark.Configuration;

namespace Bulwark.Tests.Policy;

public sealed class ConfigDiscoveryTests
{
    [Fact]
    public void Finds_the_file_in_the_start_directory()
    {
        using var ws = new Workspace();
        var config = ws.Write(ConfigSchema.FileName, "fail-on: high\n");
        Assert.Equal(config, ConfigDiscovery.Find(ws.Root));
    }

    [Fact]
    public void Finds_the_file_in_a_parent_directory()
    {
        using var ws = new Workspace();
        var config = ws.Write(ConfigSchema.FileName, "fail-on: high\n");
        var deep = Directory.CreateDirectory(ws.Path(Path.Combine("k8s", "apps", "web"))).FullName;

        Assert.Equal(config, ConfigDiscovery.Find(deep));
    }

    [Fact]
    public void The_nearest_file_wins()
    {
        using var ws = new Workspace();
        ws.Write(ConfigSchema.FileName, "fail-on: high\n");
        var nearer = ws.Write(Path.Combine("k8s", ConfigSchema.FileName), "fail-on: low\n");
        var deep = Directory.CreateDirectory(ws.Path(Path.Combine("k8s", "apps"))).FullName;

        Assert.Equal(nearer, ConfigDiscovery.Find(deep));
    }

    [Fact]
    public void Globs_are_relative_to_the_config_file_not_the_working_directory()
    {
        using var ws = new Workspace();
        var config = ws.Config("exclude: [legacy]\n");

        Assert.True(config.IsExcluded(ws.Path(Path.Combine("legacy", "a.yaml"))));
        Assert.False(config.IsExcluded(ws.Path(Path.Combine("current", "a.yaml"))));
    }
}
