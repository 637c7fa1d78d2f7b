using Xunit;

namespace Bulwark.Tests.Snapshots;

/// <summary>
/// Compares rendered output with <c>tests/Bulwark.Tests/Snapshots/NAME.snap</c>. With
/// <c>UPDATE_SNAPSHOTS=1</c> it writes the file instead. A missing snapshot fails, so CI never passes
/// vacuously. Only line endings are normalized.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var path = PathOf(name);
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path), $"snapshot {path} is missing: run the tests with {UpdateVariable}=1, review the file and commit it");
        Assert.Equal(Normalize(File.ReadAllText(path)), normalized);
    }

    public static string PathOf(string name) => TestPaths.RepoPath("tests", "Bulwark.Tests", "Snapshots", name + ".snap");

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");
}
