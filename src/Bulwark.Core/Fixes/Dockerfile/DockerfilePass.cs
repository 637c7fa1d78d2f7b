using Bulwark.Dockerfile;
using Bulwark.Engine;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>What one pass did to a Dockerfile: the new text and the fixes in it, or the check that failed.</summary>
internal sealed record DockerfilePassResult(string Text, IReadOnlyList<TextFix> Applied, string? Error);

/// <summary>
/// One pass of the fix loop over a Dockerfile: the fixes whose edits do not conflict with an earlier
/// one are applied together (the rest wait for the next pass, when they are recomputed on the new
/// text), then the result is re-parsed and checked by <see cref="DockerfileEditCheck"/>.
/// </summary>
internal static class DockerfilePass
{
    public static DockerfilePassResult Run(DockerfileModel model, IEnumerable<TextFix> fixes)
    {
        var applied = new List<TextFix>();
        var edits = new List<TextEdit>();
        var ready = fixes.Where(f => f.Refusal is null && f.Edits.Count > 0).ToList();

        // The non-root fix picks its user tools by the base image: while an image is being pinned (nginx
        // untagged to nginx:1.27-alpine changes the family), it waits for the next pass.
        var pinning = ready.Any(f => f.RuleId == "IMG001");
        foreach (var fix in ready.Where(f => !(pinning && f.RuleId == "DF004")).OrderBy(f => f.At?.Start.Offset ?? 0))
        {
            if (!fix.Edits.Any(e => edits.Any(e.Conflicts)))
            {
                applied.Add(fix);
                edits.AddRange(fix.Edits);
            }
        }

        var text = TextEdit.Apply(model.File.Text, edits);
        if (applied.Count == 0 || text == model.File.Text)
        {
            return new DockerfilePassResult(model.File.Text, [], null);
        }

        var after = DockerfileParser.Parse(new SourceFile(model.Path, text));
        return new DockerfilePassResult(text, applied, DockerfileEditCheck.Verify(model, after, edits));
    }
}
