using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes.Compose;
using Bulwark.Fixes.Kubernetes;

namespace Bulwark.Fixes;

/// <summary>Every surface's fixer, asked in order: the first with a fix for a finding wins. A plain list (AOT-safe).</summary>
public static class FixCatalog
{
    public static IReadOnlyList<ISurfaceFixer> Fixers { get; } =
    [
        new KubernetesFixer(),
        new ComposeFixer(),
    ];

    public static FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options)
    {
        foreach (var fixer in Fixers)
        {
            if (fixer.FixFor(finding, session, options) is { } fix)
            {
                return fix;
            }
        }

        return null;
    }
}
