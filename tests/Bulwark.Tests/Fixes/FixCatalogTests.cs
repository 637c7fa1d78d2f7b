using Bulwark.Fixes.Compose;
using Bulwark.Fixes.Kubernetes;
using Bulwark.Rules;

namespace Bulwark.Tests.Fixes;

/// <summary>The rule docs' "Fix" line and the fixers agree: a rule says it has a fix exactly when some surface makes one.</summary>
public sealed class FixCatalogTests
{
    [Fact]
    public void Rules_declare_a_safe_or_unsafe_fix_exactly_when_a_surface_fixer_has_one()
    {
        var fixable = KubernetesFixer.Rules.Concat(ComposeFixer.Rules).ToHashSet(StringComparer.Ordinal);
        var declared = RuleCatalog.All.Select(r => r.Metadata).Where(m => m.Fix is FixAvailability.Safe or FixAvailability.Unsafe).Select(m => m.Id);
        Assert.Equal(fixable.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }
}
