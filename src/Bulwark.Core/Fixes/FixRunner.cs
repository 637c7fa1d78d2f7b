using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes.Yaml;
using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// The fix loop: scan, apply the fixes that fit together, re-parse and check, and repeat until nothing
/// changes (at most <see cref="MaxPasses"/> passes). A file whose edit does not parse, or does not mean
/// exactly what the fixes intended, or loses or renames an object, is put back and reported.
/// Works on texts only; the caller reads and writes files.
/// </summary>
public sealed class FixRunner(ScanEngine scanEngine, FixOptions options, bool includeUnsafe)
{
    public const int MaxPasses = 10;

    // Each pass re-reads every file (cross-file rules need them all) but parses only changed texts.
    private readonly ScanEngine engine = scanEngine.WithYamlParser(new ParseMemo().Parse);

    /// <summary>Fixes <paramref name="inputs"/> (each with its text already read).</summary>
    public FixRun Run(IReadOnlyList<ScanInput> inputs)
    {
        var state = new FixState(inputs);
        ScanResult? stable = null;
        var passes = 0;
        while (stable is null && passes < MaxPasses)
        {
            var session = engine.Load(state.Inputs);
            var result = engine.Evaluate(session);
            passes++;
            stable = Pass(session, result.Active, state) ? null : result;
        }

        var remaining = stable ?? engine.Scan(state.Inputs);
        if (!ObjectsKept(remaining, state))
        {
            remaining = engine.Scan(state.Inputs);
        }

        return new FixRun(state.Reports(), remaining, passes);
    }

    private bool Pass(AnalysisSession session, IEnumerable<Finding> findings, FixState state)
    {
        var changed = false;
        // Findings whose fix cannot be made carry no Fix; ask the fixers anyway so the reason is reported.
        var fixes = findings.Where(f => f.Fix?.Applicability != FixApplicability.DisplayOnly && !state.IsFrozen(f.Location.File))
            .Select(f => FixCatalog.FixFor(f, session, options))
            .OfType<YamlFix>()
            .Where(f => Allowed(f.Applicability));
        foreach (var group in fixes.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            if (session.Files.GetValueOrDefault(group.Key)?.Yaml is { Errors.Count: 0 } yaml)
            {
                changed |= FixFile(group.Key, yaml, [.. group], state);
            }
        }

        return changed;
    }

    private static bool FixFile(string file, YamlStreamFile yaml, List<YamlFix> fixes, FixState state)
    {
        var fixer = new YamlFileFixer(yaml);
        var pass = fixer.Plan(fixes);
        foreach (var (fix, reason) in pass.Skipped)
        {
            state.Skip(file, new SkippedFix(fix.RuleId, fix.Title, fix.At, reason));
        }

        if (pass.Applied.Count == 0 || pass.Text == yaml.Text)
        {
            return false;
        }

        var error = Verify(fixer, pass);
        if (error is not null)
        {
            var rules = string.Join(", ", pass.Applied.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
            state.Revert(file, $"internal error: fixing {rules} produced a wrong edit: {error}");
            return true;
        }

        state.Update(file, pass.Text, pass.Applied);
        return true;
    }

    private static string? Verify(YamlFileFixer fixer, YamlPassResult pass)
    {
        try
        {
            return fixer.Verify(YamlLoader.Parse(pass.Text), pass.Applied);
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>False when a file lost or renamed an object (and was therefore put back).</summary>
    private static bool ObjectsKept(ScanResult after, FixState state)
    {
        var kept = true;
        foreach (var report in state.Reports().Where(r => r.Changed))
        {
            var before = ObjectIdentity.Of(YamlLoader.Parse(report.Original));
            var now = ObjectIdentity.Of(after.Files[report.File].Yaml!);
            if (!before.SequenceEqual(now, StringComparer.Ordinal))
            {
                state.Revert(report.File, "internal error: the fixed file lost or renamed an object");
                kept = false;
            }
        }

        return kept;
    }

    private bool Allowed(FixApplicability applicability) =>
        applicability == FixApplicability.Safe || (includeUnsafe && applicability == FixApplicability.Unsafe);
}
