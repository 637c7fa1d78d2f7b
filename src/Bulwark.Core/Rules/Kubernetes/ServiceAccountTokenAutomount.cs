using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;

namespace Bulwark.Rules.Kubernetes;

/// <summary>
/// The pod's token setting wins in both directions; without one, a ServiceAccount in the same scan
/// (same namespace and name) that sets <c>automountServiceAccountToken: false</c> counts.
/// </summary>
public sealed class ServiceAccountTokenAutomount : ISessionRule
{
    public RuleMetadata Metadata { get; } = new()
    {
        Id = "K8S001",
        Name = "service-account-token-automount",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.K8sServiceAccounts,
        Title = "Service account token is mounted automatically",
        Description = "Checks that pods do not automount the service-account token: `automountServiceAccountToken: false` on the pod, or on its ServiceAccount when that object is in the same scan and the pod does not set `true`.",
        Rationale = "The token at /var/run/secrets/kubernetes.io/serviceaccount authenticates to the Kubernetes API. Most applications never call the API, yet an attacker who gets code execution gets the token and whatever RBAC grants it (discovery at least).",
        Remediation = "Set `automountServiceAccountToken: false` on the pod spec (and on its ServiceAccount); mount a projected token only where the API is needed.",
        Surfaces = Surfaces.Kubernetes,
        Cwe = [Taxonomy.CweInsufficientlyProtectedCredentials, Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreContainerApi, Taxonomy.MitreContainerDiscovery],
        Example = "spec:\n  serviceAccountName: myapp",
        UseInstead = "spec:\n  serviceAccountName: myapp\n  automountServiceAccountToken: false",
        Fix = FixAvailability.Safe,
        FixNote = "Adding `automountServiceAccountToken: false` to a pod that says nothing is safe: pods that call the Kubernetes API need the token, the rest (almost all) are unaffected. An explicit `true` is the author saying the pod needs it, so it is never changed.",
    };

    public void Run(AnalysisSession session, RuleContext context)
    {
        var disabledAccounts = session.Models<KubernetesObject>()
            .Where(o => o.Kind == "ServiceAccount" && o.Root.Bool("automountServiceAccountToken") == false)
            .Select(o => (o.Namespace, o.Name))
            .ToHashSet();
        foreach (var pod in session.Models<PodTemplate>())
        {
            Check(pod, disabledAccounts, context);
        }
    }

    private static void Check(PodTemplate pod, HashSet<(string, string)> disabledAccounts, RuleContext context)
    {
        var setting = pod.Spec.Scalar("automountServiceAccountToken");
        var owner = pod.Owner;
        if (setting?.AsBool() == true)
        {
            context.Report(owner.At(setting.Span), $"pod automounts the service account token (automountServiceAccountToken: true)", owner.Ref, evidence: "true");
            return;
        }

        if (setting?.AsBool() == false || disabledAccounts.Contains((owner.Namespace, pod.ServiceAccountName)))
        {
            return;
        }

        var fix = new FixSuggestion(FixApplicability.Safe, "Set automountServiceAccountToken: false on the pod");
        context.Report(owner.At(pod.SpecAnchor), $"pod automounts the token of service account \"{pod.ServiceAccountName}\" (automountServiceAccountToken is not false)", owner.Ref, evidence: pod.ServiceAccountName, fix: fix);
    }
}
