using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// Dockerfile fixes: one producer per fixable rule, each returning minimal text edits on the file as
/// written (<see cref="TextFix"/>). Files with syntax errors are not fixed: the fix loop could not
/// check the result against them.
/// </summary>
public sealed class DockerfileFixer : ISurfaceFixer
{
    private static readonly Dictionary<string, Func<Finding, DockerfileModel, FixOptions, DockerfileFixDraft?>> Producers = new(StringComparer.Ordinal)
    {
        ["DF004"] = UserFix.For,
        ["DF016"] = PackageCacheFix.For,
        ["DF019"] = AddToCopyFix.For,
        ["IMG001"] = ImageTagFix.For,
    };

    /// <summary>The rules this surface can fix.</summary>
    public static IReadOnlyCollection<string> Rules => Producers.Keys;

    public FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options)
    {
        if (!Producers.TryGetValue(finding.Rule.Id, out var produce) || DockerfileByPath.Find(session, finding.Location.File) is not { ErrorsOrEmpty.Count: 0 } model)
        {
            return null;
        }

        if (produce(finding, model, options) is not { } draft)
        {
            return null;
        }

        return new TextFix(model.Path, finding.Rule.Id, draft.Title, draft.Applicability, draft.Edits)
        {
            At = finding.Location.Span,
            Refusal = draft.Refusal,
        };
    }
}

/// <summary>A Dockerfile fix before it is bound to its finding: edits, or the reason none can be made.</summary>
public sealed record DockerfileFixDraft(string Title, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits, string? Refusal = null)
{
    public static DockerfileFixDraft Refused(string title, FixApplicability applicability, string reason) => new(title, applicability, [], reason);
}
