using Bulwark.Fixes.Compose;
using Bulwark.Fixes.Dockerfile;
using Bulwark.Fixes.Kubernetes;
using Bulwark.Rules;

namespace Bulwark.Tests.Fixes;

/// <summary>The rule docs' "Fix" line and the fixers agree: a rule says it has a fix exactly when some surface makes one.</summary>
public sealed class FixCatalogTests
{
    private static readonly HashSet<string> Fixable =
        KubernetesFixer.Rules.Concat(ComposeFixer.Rules).Concat(DockerfileFixer.Rules).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Rules_declare_a_safe_or_unsafe_fix_exactly_when_a_surface_fixer_has_one()
    {
        // A display-only rule may still have a fixer for the configured case (IMG001 with fix.image-tags).
        var declared = RuleCatalog.All.Select(r => r.Metadata).Where(m => m.Fix is FixAvailability.Safe or FixAvailability.Unsafe).Select(m => m.Id);
        var alwaysFixable = Fixable.Where(id => RuleCatalog.All.Single(r => r.Metadata.Id == id).Metadata.Fix != FixAvailability.DisplayOnly);
        Assert.Equal(alwaysFixable.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_a_fixer_handles_declares_some_fix()
    {
        var undeclared = Fixable.Where(id => RuleCatalog.All.Single(r => r.Metadata.Id == id).Metadata.Fix == FixAvailability.None);
        Assert.Empty(undeclared);
    }
}
