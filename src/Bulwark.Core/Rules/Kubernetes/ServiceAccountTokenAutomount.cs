using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Kubernetes;

namespace Bulwark.Rules.Kubernetes;

/// <summary>
/// The pod's setting wins in both directions: <c>true</c> overrides a ServiceAccount's <c>false</c>
/// and <c>false</c> overrides its <c>true</c>; unset, a ServiceAccount in the same scan (same
/// namespace and name) decides. The shared <c>default</c> account's token is the worst case; an
/// explicit <c>true</c> on a dedicated account is a deliberate opt-in, so only low.
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
        Description = "Checks that pods do not mount the service-account token: `automountServiceAccountToken: false` on the pod, or on its ServiceAccount when that object is in the same scan and the pod does not set `true`. Mounting the token of the namespace's `default` service account (automatically or through a projected `serviceAccountToken` volume) is medium, an explicit `true` for a dedicated account low. ServiceAccount objects that do not set `automountServiceAccountToken: false` are reported too (low).",
        Rationale = "The token at /var/run/secrets/kubernetes.io/serviceaccount authenticates to the Kubernetes API. Most applications never call the API, yet an attacker who gets code execution gets the token and whatever RBAC grants it (discovery at least). The `default` account is shared by every pod that names none, so its permissions add up.",
        Remediation = "Set `automountServiceAccountToken: false` on the ServiceAccount and the pod spec; give pods that call the API a dedicated ServiceAccount and an explicit `true`.",
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
        var accounts = new ServiceAccounts(session);
        foreach (var account in accounts.All)
        {
            CheckAccount(account, context);
        }

        foreach (var pod in session.Models<PodTemplate>())
        {
            CheckPod(pod, accounts.Of(pod), context);
        }
    }

    private static void CheckAccount(KubernetesObject account, RuleContext context)
    {
        var setting = ServiceAccounts.AutomountSetting(account.Root);
        if (setting?.AsBool() != false)
        {
            context.Report(account.At(setting?.Span), $"ServiceAccount \"{account.Name}\" lets its pods mount its token by default (automountServiceAccountToken is not false)", account.Ref, severity: Severity.Low, evidence: account.Name);
        }
    }

    private static void CheckPod(PodTemplate pod, KubernetesObject? account, RuleContext context)
    {
        var setting = ServiceAccounts.AutomountSetting(pod.Spec);
        var accountDisables = account is not null && ServiceAccounts.AutomountSetting(account.Root)?.AsBool() == false;
        var isDefault = pod.ServiceAccountName == ServiceAccounts.DefaultName;
        var owner = pod.Owner;
        if (setting?.AsBool() == true)
        {
            var overriding = accountDisables ? ", overriding its ServiceAccount's false" : string.Empty;
            var severity = isDefault ? Severity.Medium : Severity.Low;
            context.Report(owner.At(setting.Span), $"pod sets automountServiceAccountToken: true for {Describe(pod)}{overriding}", owner.Ref, severity: severity, evidence: pod.ServiceAccountName);
        }
        else if (setting?.AsBool() == false || accountDisables)
        {
            CheckProjectedTokens(pod, isDefault, context);
        }
        else
        {
            var fix = new FixSuggestion(FixApplicability.Safe, "Set automountServiceAccountToken: false on the pod");
            context.Report(owner.At(pod.SpecAnchor), $"pod mounts the token of {Describe(pod)}{WhyMounted(pod, account)}", owner.Ref, evidence: pod.ServiceAccountName, fix: fix);
        }
    }

    private static void CheckProjectedTokens(PodTemplate pod, bool isDefault, RuleContext context)
    {
        foreach (var source in ServiceAccounts.ProjectedTokens(pod).Where(_ => isDefault))
        {
            context.Report(pod.Owner.At(source.Key.Span), $"pod mounts a projected token of {Describe(pod)}", pod.Owner.Ref, evidence: pod.ServiceAccountName);
        }
    }

    private static string Describe(PodTemplate pod) =>
        pod.ServiceAccountName == ServiceAccounts.DefaultName
            ? "the namespace's \"default\" service account, which every pod that names no service account shares"
            : $"service account \"{pod.ServiceAccountName}\"";

    // The default account is rarely in a manifest, so saying it is missing from the scan adds nothing.
    private static string WhyMounted(PodTemplate pod, KubernetesObject? account) =>
        account is not null ? ": neither the pod nor its ServiceAccount sets automountServiceAccountToken: false"
        : pod.ServiceAccountName == ServiceAccounts.DefaultName ? " (automountServiceAccountToken is not false)"
        : $": the pod does not set automountServiceAccountToken: false and ServiceAccount \"{pod.ServiceAccountName}\" is not in this scan";
}
