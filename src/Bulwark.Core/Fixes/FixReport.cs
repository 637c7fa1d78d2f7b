using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Fixes;

/// <summary>A fix that was made: which rule, what, and where the finding was.</summary>
public sealed record AppliedFix(string RuleId, string Title, FixApplicability Applicability, SourceSpan? At);

/// <summary>A fix that could not be made, and why (flow style, anchor, comment in the way, ...).</summary>
public sealed record SkippedFix(string RuleId, string Title, SourceSpan? At, string Reason);

/// <summary>What fixing did to one file. <see cref="InternalError"/> set means the file was left as it was.</summary>
public sealed record FileFixReport(string File, string Original, string Fixed, IReadOnlyList<AppliedFix> Applied, IReadOnlyList<SkippedFix> Skipped, string? InternalError)
{
    public bool Changed => !string.Equals(Original, Fixed, StringComparison.Ordinal);
}

/// <summary>The outcome of <see cref="FixRunner.Run"/>: every input file's report and a scan of the fixed texts.</summary>
public sealed record FixRun(IReadOnlyList<FileFixReport> Files, ScanResult Remaining, int Passes);
