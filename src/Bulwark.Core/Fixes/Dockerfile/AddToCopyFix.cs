using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>DF019: the ADD keyword becomes COPY (in the keyword's own case); flags, sources and destination stay as written.</summary>
internal static class AddToCopyFix
{
    public static DockerfileFixDraft? For(Finding finding, DockerfileModel model, FixOptions options)
    {
        var add = model.Stages.SelectMany(s => s.InstructionsNamed("ADD")).FirstOrDefault(i => i.KeywordSpan == finding.Location.Span);
        if (add is null || !AddInsteadOfCopy.IsPlainCopy(add))
        {
            return null;
        }

        var span = add.KeywordSpan;
        var written = model.File.Text.Substring(span.Start.Offset, span.Length);
        var copy = written.All(char.IsLower) ? "copy" : "COPY";
        return new DockerfileFixDraft("Replace ADD with COPY", FixApplicability.Safe, [new TextEdit(span.Start.Offset, span.End.Offset, copy)]);
    }
}
