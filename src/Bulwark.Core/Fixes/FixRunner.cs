using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Fixes.Dockerfile;
using Bulwark.Fixes.Yaml;
using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// The fix loop: scan, apply the fixes that fit together, re-parse and check, and repeat until nothing
/// changes (at most <see cref="MaxPasses"/> passes). A file whose edit does not parse, or does not mean
/// exactly what the fixes intended, or loses or renames an object (a Dockerfile stage), is put back and
/// reported. YAML files get <see cref="YamlFix"/>es, Dockerfiles <see cref="TextFix"/>es.
/// Works on texts only; the caller reads and writes files. <paramref name="fixers"/> replaces
/// <see cref="FixCatalog.Fixers"/> (tests use it to check that a wrong edit is caught).
/// </summary>
public sealed class FixRunner(ScanEngine scanEngine, FixOptions options, bool includeUnsafe, IReadOnlyList<ISurfaceFixer>? fixers = null)
{
    public const int MaxPasses = 10;

    // Each pass re-reads every file (cross-file rules need them all) but parses only changed texts.
    // Scan annotations use the same fix options, so "has a fix" means the same thing here and in scan.
    private readonly ScanEngine engine = scanEngine.WithYamlParser(new ParseMemo().Parse).WithFixOptions(options);

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
        // Findings whose fix cannot be made carry no Fix (or only the rule's display-only suggestion);
        // ask the fixers anyway so the reason is reported.
        var fixes = findings.Where(f => !state.IsFrozen(f.Location.File))
            .Select(f => FixCatalog.FixFor(f, session, options, fixers ?? FixCatalog.Fixers))
            .OfType<FileFix>()
            .Where(f => Allowed(f.Applicability))
            .ToList();
        foreach (var group in fixes.OfType<YamlFix>().GroupBy(f => f.File, StringComparer.Ordinal))
        {
            if (session.Files.GetValueOrDefault(group.Key)?.Yaml is { Errors.Count: 0 } yaml)
            {
                changed |= FixFile(group.Key, yaml, [.. group], state);
            }
        }

        foreach (var group in fixes.OfType<TextFix>().GroupBy(f => f.File, StringComparer.Ordinal))
        {
            if (DockerfileByPath.Find(session, group.Key) is { Errors.Count: 0 } model)
            {
                changed |= FixDockerfile(model, [.. group], state);
            }
        }

        return changed;
    }

    private static bool FixDockerfile(DockerfileModel model, List<TextFix> fixes, FixState state)
    {
        foreach (var refused in fixes.Where(f => f.Refusal is not null))
        {
            state.Skip(model.Path, new SkippedFix(refused.RuleId, refused.Title, refused.At, refused.Refusal!));
        }

        var pass = DockerfilePass.Run(model, fixes);
        if (pass.Applied.Count == 0)
        {
            return false;
        }

        if (pass.Error is not null)
        {
            state.Revert(model.Path, $"internal error: fixing {Rules(pass.Applied)} produced a wrong edit: {pass.Error}");
            return true;
        }

        state.Update(model.Path, pass.Text, pass.Applied);
        return true;
    }

    private static string Rules(IEnumerable<FileFix> fixes) =>
        string.Join(", ", fixes.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));

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
            state.Revert(file, $"internal error: fixing {Rules(pass.Applied)} produced a wrong edit: {error}");
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
            var (before, now) = after.Files[report.File].Yaml is { } yaml
                ? (ObjectIdentity.Of(YamlLoader.Parse(report.Original)), ObjectIdentity.Of(yaml))
                : (Stages(report.File, report.Original), Stages(report.File, report.Fixed));
            if (!before.SequenceEqual(now, StringComparer.Ordinal))
            {
                state.Revert(report.File, "internal error: the fixed file lost or renamed an object");
                kept = false;
            }
        }

        return kept;
    }

    private static IReadOnlyList<string> Stages(string path, string text) =>
        ObjectIdentity.Of(DockerfileParser.Parse(new SourceFile(path, text)));

    private bool Allowed(FixApplicability applicability) =>
        applicability == FixApplicability.Safe || (includeUnsafe && applicability == FixApplicability.Unsafe);
}
