namespace Bulwark.Tests.Fixes;

/// <summary>
/// Property: for many random pods with random comments, fixing keeps every comment line byte for
/// byte and in order, except the lines a fix itself edited; the result parses and a second fix changes nothing.
/// </summary>
public sealed class CommentPropertyTests
{
    // Lines the fixes replace or remove; a comment on one of them goes (or stays) with its edited line.
    private static readonly string[] EditedKeys =
    [
        "privileged:", "allowPrivilegeEscalation:", "readOnlyRootFilesystem:", "hostNetwork:", "hostPort:",
        "runAsUser:", "type: Unconfined", "add:", "capabilities:", "automountServiceAccountToken:",
    ];

    [Fact]
    public void Comments_outside_edited_lines_survive_byte_for_byte() =>
        CommentLines.AssertPropertyHolds(seed => new RandomPodWriter(seed).Write(), "pod.yaml", EditedKeys);
}
