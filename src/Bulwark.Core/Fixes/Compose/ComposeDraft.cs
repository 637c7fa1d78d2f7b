using Bulwark.Diagnostics;

namespace Bulwark.Fixes.Compose;

/// <summary>A compose fix before it is bound to its file: its operations, or why it cannot be made in this file.</summary>
internal sealed record ComposeDraft(string Title, FixApplicability Applicability, IReadOnlyList<FixOperation> Operations, string? Refused = null)
{
    public static ComposeDraft Refuse(string title, FixApplicability applicability, string why) => new(title, applicability, [], why);
}
