namespace Bulwark.Tests.Fixes.Compose;

/// <summary>
/// Property: for many random compose files with random comments, fixing keeps every comment line byte
/// for byte and in order, except on the lines a fix itself replaced or removed; the result parses and
/// a second fix changes nothing.
/// </summary>
public sealed class ComposeCommentPropertyTests
{
    // Lines the fixes replace or remove; an inline comment there goes (or stays) with its line.
    private static readonly string[] EditedKeys =
    [
        "privileged:", "user:", "network_mode:", "pid:", "read_only:", "cap_add:", "- SYS_ADMIN", "- NET_ADMIN",
        "security_opt:", "- seccomp:unconfined", "- no-new-privileges:false",
    ];

    [Fact]
    public void Comments_outside_edited_lines_survive_byte_for_byte() =>
        CommentLines.AssertPropertyHolds(seed => new RandomComposeWriter(seed).Write(), "compose.yaml", EditedKeys);
}
