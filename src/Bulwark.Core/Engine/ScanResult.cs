using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Engine;

/// <summary>What a scan found: findings (suppressed ones included, flagged), errors and the inputs read.</summary>
public sealed record ScanResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ScanError> Errors,
    IReadOnlyDictionary<string, SourceFile> Files,
    IReadOnlyList<RuleMetadata> Rules)
{
    public IEnumerable<Finding> Active => Findings.Where(f => f.Suppression is null);

    public IEnumerable<Finding> Suppressed => Findings.Where(f => f.Suppression is not null);
}
