using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes.Compose;
using Bulwark.Fixes.Dockerfile;
using Bulwark.Fixes.Kubernetes;

namespace Bulwark.Fixes;

/// <summary>Every surface's fixer, asked in order: the first with a fix for a finding wins. A plain list (AOT-safe).</summary>
public static class FixCatalog
{
    public static IReadOnlyList<ISurfaceFixer> Fixers { get; } =
    [
        new KubernetesFixer(),
        new ComposeFixer(),
        new DockerfileFixer(),
    ];

    public static FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options) => FixFor(finding, session, options, Fixers);

    /// <summary>The first fix one of <paramref name="fixers"/> has for the finding.</summary>
    public static FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options, IReadOnlyList<ISurfaceFixer> fixers)
    {
        foreach (var fixer in fixers)
        {
            if (fixer.FixFor(finding, session, options) is { } fix)
            {
                return fix;
            }
        }

        return null;
    }
}
