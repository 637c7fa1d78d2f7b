using Bulwark.Diagnostics;
using Bulwark.DockerRun;
using Bulwark.Engine;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// Compose fixes, edited in place with the same YAML editor as Kubernetes: one producer per fixable
/// rule, writing the practices of compose-harden into each service (see docs/fix.md, "Compose").
/// </summary>
public sealed class ComposeFixer : ISurfaceFixer
{
    private static readonly Dictionary<string, Func<Finding, ComposeFixTarget, HardenDefaults, ComposeDraft?>> Producers = new(StringComparer.Ordinal)
    {
        ["RT001"] = IdentityFixes.NonRootUser,
        ["RT002"] = CapabilityFixes.DropAll,
        ["RT003"] = CapabilityFixes.RemoveAdded,
        ["RT004"] = FilesystemFixes.ReadOnlyRoot,
        ["RT005"] = LimitFixes.AddLimits,
        ["RT006"] = SecurityOptFixes.NoNewPrivileges,
        ["RT007"] = IsolationFixes.RemovePrivileged,
        ["RT008"] = IsolationFixes.RemoveHostNamespace,
        ["RT011"] = SecurityOptFixes.RemoveUnmasked,
        ["RT012"] = SecurityOptFixes.RemoveSeccompUnconfined,
        ["RT013"] = SecurityOptFixes.RemoveAppArmorUnconfined,
        ["DKR001"] = LoggingFixes.BoundLogs,
    };

    /// <summary>The rules this surface can fix.</summary>
    public static IReadOnlyCollection<string> Rules => Producers.Keys;

    public FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options)
    {
        if (!Producers.TryGetValue(finding.Rule.Id, out var produce) || ComposeFixTarget.Locate(finding, session) is not { } target)
        {
            return null;
        }

        var draft = produce(finding, target, ComposeFixDefaults.From(options));
        if (draft is null || (draft.Operations.Count == 0 && draft.Refused is null))
        {
            return null;
        }

        return new YamlFix(finding.Location.File, finding.Rule.Id, draft.Title, draft.Applicability, target.Project.Root, draft.Operations)
        {
            At = finding.Location.Span,
            Refused = draft.Refused,
        };
    }
}
