using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Fixes;

/// <summary>
/// One input surface's fixes (Kubernetes, compose, Dockerfile): turns a finding into a concrete fix
/// for its file, or says it has none. Adding a surface means adding its fixer to <see cref="FixCatalog"/>.
/// </summary>
public interface ISurfaceFixer
{
    /// <summary>The fix for <paramref name="finding"/>, or null when this surface cannot fix it.</summary>
    FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options);
}

/// <summary>A fix a producer computed, before it is bound to its file and object.</summary>
public sealed record FixDraft(string Title, FixApplicability Applicability, IReadOnlyList<FixOperation> Operations);
