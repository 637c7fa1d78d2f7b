using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// Upstream's evaluator (policy/registry.go): per level and policy version, the checks in force,
/// with restricted checks overriding the baseline ones they replace, run in upstream's order
/// (baseline IDs ordinally, then restricted IDs ordinally) so aggregated messages match.
/// </summary>
public sealed class PodSecurityEvaluator
{
    private readonly Dictionary<(PodSecurityLevel, int), (string Id, VersionedCheck Check)[]> _plans = [];

    /// <param name="emulationMinor">Lowers the newest policy version, as kube-apiserver's emulation version does.</param>
    public PodSecurityEvaluator(int? emulationMinor = null)
    {
        var newest = PodCheckCatalog.All.Max(c => c.Versions[^1].MinimumMinor);
        MaxMinor = emulationMinor is { } e && e < newest ? e : newest;
        for (var minor = 0; minor <= MaxMinor; minor++)
        {
            _plans[(PodSecurityLevel.Baseline, minor)] = Plan(PodSecurityLevel.Baseline, minor);
            _plans[(PodSecurityLevel.Restricted, minor)] = Plan(PodSecurityLevel.Restricted, minor);
        }
    }

    public static PodSecurityEvaluator Default { get; } = new();

    /// <summary>The policy version <c>latest</c> stands for; newer pinned versions are clamped to it.</summary>
    public int MaxMinor { get; }

    public int EffectiveMinor(PolicyVersion version) => Math.Min(version.Minor, MaxMinor);

    /// <summary>The check IDs that run for a level and version, in upstream's order.</summary>
    public IReadOnlyList<string> CheckIds(LevelVersion policy) => PlanFor(policy).Select(p => p.Id).ToList();

    public PodSecurityResult Evaluate(LevelVersion policy, PodInput pod) => Evaluate(policy, new PodView(pod));

    /// <summary>Evaluates a Pod given its metadata (for annotations) and spec.</summary>
    public PodSecurityResult Evaluate(LevelVersion policy, YamlMapping? metadata, YamlMapping spec) =>
        Evaluate(policy, new PodInput(metadata, spec));

    internal PodSecurityResult Evaluate(LevelVersion policy, PodView pod)
    {
        var violations = new List<PodSecurityViolation>();
        foreach (var (id, check) in PlanFor(policy))
        {
            var outcome = check.Check(pod);
            if (!outcome.Allowed)
            {
                violations.Add(ToViolation(id, outcome, pod));
            }
        }

        return new PodSecurityResult(policy, violations);
    }

    private static PodSecurityViolation ToViolation(string id, CheckOutcome outcome, PodView pod)
    {
        var reason = outcome.Reason.Length == 0 ? "unknown forbidden reason" : outcome.Reason;
        IReadOnlyList<SourceSpan> locations = outcome.Locations.Count > 0 ? outcome.Locations : [pod.SpecSpan];
        return new PodSecurityViolation(id, reason, outcome.Detail, locations);
    }

    private static (string, VersionedCheck)[] Plan(PodSecurityLevel level, int minor)
    {
        var baseline = Active(PodSecurityLevel.Baseline, minor);
        if (level == PodSecurityLevel.Baseline)
        {
            return baseline;
        }

        var restricted = Active(PodSecurityLevel.Restricted, minor);
        var overridden = restricted.SelectMany(r => r.Item2.OverrideCheckIds).ToHashSet(StringComparer.Ordinal);
        return [.. baseline.Where(b => !overridden.Contains(b.Item1)), .. restricted];
    }

    private static (string, VersionedCheck)[] Active(PodSecurityLevel level, int minor) =>
        PodCheckCatalog.All
            .Where(c => c.Level == level && c.At(minor) is not null)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (c.Id, c.At(minor)!))
            .ToArray();

    private (string Id, VersionedCheck Check)[] PlanFor(LevelVersion policy) =>
        policy.Level == PodSecurityLevel.Privileged ? [] : _plans[(policy.Level, EffectiveMinor(policy.Version))];
}
