using Bulwark.Diagnostics;

namespace Bulwark.Suppressions;

/// <summary>
/// Findings recorded by <c>--write-baseline</c>: how many findings had each fingerprint. A later scan
/// with <c>--baseline</c> suppresses up to that many findings per fingerprint; any beyond are new.
/// </summary>
public sealed class Baseline
{
    public Baseline(string path, IReadOnlyDictionary<BaselineKey, int> counts)
    {
        Path = path;
        BaseDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        Counts = counts;
    }

    /// <summary>The baseline file; fingerprints' file paths are relative to its directory.</summary>
    public string Path { get; }

    public string BaseDirectory { get; }

    public IReadOnlyDictionary<BaselineKey, int> Counts { get; }

    public int Total => Counts.Values.Sum();

    /// <summary>A baseline of <paramref name="findings"/>, to be written to <paramref name="path"/>.</summary>
    public static Baseline Of(IEnumerable<Finding> findings, string path)
    {
        var baseDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var counts = findings
            .GroupBy(f => BaselineKey.Of(f, baseDirectory))
            .ToDictionary(g => g.Key, g => g.Count());
        return new Baseline(path, counts);
    }

    public BaselineMatcher Matcher() => new(this);
}

/// <summary>One scan's use of a baseline: each recorded finding absorbs one current finding.</summary>
public sealed class BaselineMatcher(Baseline baseline)
{
    private readonly Dictionary<BaselineKey, int> _remaining = new(baseline.Counts);

    public Suppression? TryMatch(Finding finding)
    {
        var key = BaselineKey.Of(finding, baseline.BaseDirectory);
        if (!_remaining.TryGetValue(key, out var left) || left == 0)
        {
            return null;
        }

        _remaining[key] = left - 1;
        return new Suppression(SuppressionKind.Baseline, "recorded in baseline " + System.IO.Path.GetFileName(baseline.Path));
    }

    /// <summary>Marks <paramref name="finding"/> as baselined when it is active and a recorded finding is left for it.</summary>
    public Finding Review(Finding finding) =>
        finding.Suppression is null && TryMatch(finding) is { } suppression ? finding with { Suppression = suppression } : finding;

    /// <summary>Recorded findings no current finding matched (fixed since the baseline was written).</summary>
    public int Unmatched => _remaining.Values.Sum();
}
