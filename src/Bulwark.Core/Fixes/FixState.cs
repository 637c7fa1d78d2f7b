using Bulwark.Engine;

namespace Bulwark.Fixes;

/// <summary>The texts being fixed and what happened to each file so far.</summary>
internal sealed class FixState(IReadOnlyList<ScanInput> inputs)
{
    private readonly Dictionary<string, string> _original = inputs.Where(i => i.Text is not null).ToDictionary(i => i.Path, i => i.Text!, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _current = inputs.Where(i => i.Text is not null).ToDictionary(i => i.Path, i => i.Text!, StringComparer.Ordinal);
    private readonly Dictionary<string, List<AppliedFix>> _applied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<(string, int, string), SkippedFix>> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IEnumerable<ScanInput> Inputs => inputs.Select(i => i.Text is null ? i : i with { Text = _current[i.Path] });

    public bool IsFrozen(string file) => _errors.ContainsKey(file) || !_current.ContainsKey(file);

    public void Update(string file, string text, IEnumerable<FileFix> applied)
    {
        _current[file] = text;
        List(_applied, file).AddRange(applied.Select(f => new AppliedFix(f.RuleId, f.Title, f.Applicability, f.At)));
    }

    public void Skip(string file, SkippedFix skipped)
    {
        if (!_skipped.TryGetValue(file, out var map))
        {
            _skipped[file] = map = [];
        }

        map.TryAdd((skipped.RuleId, skipped.At?.Start.Offset ?? -1, skipped.Reason), skipped);
    }

    /// <summary>Puts the file back as it was and remembers why; it is not fixed any further.</summary>
    public void Revert(string file, string error)
    {
        _errors[file] = $"{error}; the file was left unchanged";
        _current[file] = _original[file];
        _applied[file] = [];
    }

    public IReadOnlyList<FileFixReport> Reports() =>
        [.. _original.Keys.Select(f => new FileFixReport(f, _original[f], _current[f], List(_applied, f),
            [.. _skipped.GetValueOrDefault(f)?.Values ?? Enumerable.Empty<SkippedFix>()], _errors.GetValueOrDefault(f)))];

    private static List<AppliedFix> List(Dictionary<string, List<AppliedFix>> lists, string file)
    {
        if (!lists.TryGetValue(file, out var list))
        {
            lists[file] = list = [];
        }

        return list;
    }
}
