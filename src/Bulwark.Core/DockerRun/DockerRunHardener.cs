using Bulwark.Profiles;

namespace Bulwark.DockerRun;

/// <summary>
/// Rewrites a <c>docker run</c> so it follows the seed's runtime practices: unsafe flags are
/// removed or replaced, missing controls are added before the image (user, drop all capabilities,
/// read-only root with a noexec,nosuid /tmp, memory/CPU/PID limits, no-new-privileges, bounded
/// json-file logs), everything else is kept as the user wrote it. Each change carries its reason.
/// </summary>
public static class DockerRunHardener
{
    public static (string Command, IReadOnlyList<HardenChange> Changes) Harden(string source, ParsedDockerRun run, IReadOnlySet<string> allowedCaps, HardenDefaults defaults)
    {
        var changes = new List<HardenChange>();
        var kept = new List<ParsedFlag>();
        foreach (var flag in run.Flags)
        {
            if (FlagVerdicts.Unsafe(flag, allowedCaps) is { } why)
            {
                changes.Add(new HardenChange(HardenAction.Removed, Display(flag), why));
                continue;
            }

            kept.Add(flag);
            if (FlagVerdicts.Warning(flag) is { } warning)
            {
                changes.Add(new HardenChange(HardenAction.Kept, Display(flag), warning));
            }
        }

        var added = MissingControls.For(kept, defaults).ToList();
        changes.AddRange(added.Select(a => new HardenChange(ReplacesRemoved(a.Flag, changes) ? HardenAction.Replaced : HardenAction.Added, a.Flag, a.Reason)));
        var words = new List<string> { "docker", run.Verb };
        words.AddRange(KeptWords(source, run.Flags, kept));
        words.AddRange(added.Select(a => a.Flag));
        words.AddRange(new[] { run.Image! }.Concat(run.Arguments).Select(w => Raw(source, w.Start, w.End)));
        return (string.Join(' ', words), changes);
    }

    /// <summary>The user's own text for every kept flag; a bundle (<c>-itd</c>) that lost a member is re-spelled long.</summary>
    private static IEnumerable<string> KeptWords(string source, List<ParsedFlag> all, List<ParsedFlag> kept)
    {
        // Members of one bundle share their start; the one taking the next word ends furthest.
        foreach (var group in all.GroupBy(f => f.Start))
        {
            var keptHere = group.Where(kept.Contains).ToList();
            if (keptHere.Count == group.Count())
            {
                yield return Raw(source, group.Key, group.Max(f => f.End));
                continue;
            }

            foreach (var flag in keptHere)
            {
                yield return flag.Flag.TakesValue ? $"--{flag.Flag.Name}={ShellQuote.Quote(flag.Value)}" : $"--{flag.Flag.Name}";
            }
        }
    }

    private static bool ReplacesRemoved(string added, List<HardenChange> changes) =>
        changes.Any(c => c.Action == HardenAction.Removed && FlagName(c.Text) == FlagName(added));

    private static string FlagName(string text) => text.Split('=', ' ')[0];

    private static string Display(ParsedFlag flag) => flag.Flag.TakesValue ? $"--{flag.Flag.Name} {flag.Value}" : $"--{flag.Flag.Name}";

    /// <summary>Source text of a word range, with backslash-newline continuations folded into one line.</summary>
    private static string Raw(string source, int start, int end) =>
        System.Text.RegularExpressions.Regex.Replace(source[start..end], @"\\\r?\n\s*", " ");
}
