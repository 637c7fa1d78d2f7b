using Xunit;
using Xunit.Sdk;

namespace Bulwark.Tests.Snapshots;

public class SnapshotTests
{
    [Fact]
    public void Missing_snapshot_fails_instead_of_passing()
    {
        if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1")
        {
            return; // update mode would create the file, which is what it is for
        }

        Assert.False(File.Exists(Snapshot.PathOf("no-such-snapshot")));
        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.Match("no-such-snapshot", "anything"));
        Assert.Contains("UPDATE_SNAPSHOTS=1", failure.Message, StringComparison.Ordinal);
    }
}
