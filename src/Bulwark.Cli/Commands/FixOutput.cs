using Bulwark.Diagnostics;
using Bulwark.Fixes;

namespace Bulwark.Cli.Commands;

/// <summary>What <c>bulwark fix</c> prints: per file, the fixes made (by rule) and those it had to skip, then a summary.</summary>
public static class FixOutput
{
    public static void Changes(FileFixReport file, TextWriter output)
    {
        if (file.Applied.Count == 0 && file.Skipped.Count == 0)
        {
            return;
        }

        output.WriteLine($"{file.File}:");
        foreach (var group in file.Applied.GroupBy(a => (a.RuleId, a.Title)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal))
        {
            output.WriteLine($"  fixed {group.Key.RuleId} {group.Key.Title} ({group.Count()})");
        }

        foreach (var skipped in file.Skipped.OrderBy(s => s.At?.Start.Offset ?? 0))
        {
            var at = skipped.At is { } span ? $"{span.Start.Line}:{span.Start.Column} " : string.Empty;
            output.WriteLine($"  not fixed {at}{skipped.RuleId} {skipped.Title}: {skipped.Reason}");
        }
    }

    public static void Summary(FixRun run, bool includeUnsafe, bool dryRun, TextWriter output)
    {
        var fixedCount = run.Files.Sum(f => f.Applied.Count);
        var files = run.Files.Count(f => f.Changed);
        var remaining = run.Remaining.Active.ToList();
        var verb = dryRun ? "Would fix" : "Fixed";
        var line = $"{verb} {Plural(fixedCount, "finding")} in {Plural(files, "file")}.";
        if (!dryRun)
        {
            line += $" {Plural(remaining.Count, "finding")} remain";
            var unsafeOnly = includeUnsafe ? 0 : remaining.Count(f => f.Fix?.Applicability == FixApplicability.Unsafe);
            line += unsafeOnly > 0 ? $" ({unsafeOnly} fixable with --unsafe-fixes)." : ".";
        }

        output.WriteLine(line);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
