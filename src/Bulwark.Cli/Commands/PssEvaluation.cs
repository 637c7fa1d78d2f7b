using Bulwark.PodSecurity;

namespace Bulwark.Cli.Commands;

/// <summary>
/// One judgement of one object. <see cref="Mode"/> is null for <c>--level</c> runs, else the
/// namespace mode (enforce, audit, warn) whose label produced <see cref="Result"/>.
/// </summary>
internal sealed record PssRow(PssObject Object, string Namespace, PodSecurityMode? Mode, PodSecurityResult Result)
{
    /// <summary>True when the object would not be admitted: a failed <c>--level</c> check or a failed enforce.</summary>
    public bool Denies => !Result.Allowed && Mode is null or PodSecurityMode.Enforce;
}

/// <summary>Turns scanned objects into rows, against a fixed policy or against their namespace's labels.</summary>
internal static class PssEvaluation
{
    public static List<PssRow> AtLevel(PssScan scan, LevelVersion policy, string defaultNamespace) =>
        scan.Objects
            .Select(o => new PssRow(o, NamespaceOf(o, defaultNamespace), null, Evaluate(o, policy)))
            .ToList();

    /// <summary>
    /// The dry run of each namespace's labels: an enforce row for every object, and audit/warn rows
    /// where those modes are not privileged. Notes explain namespaces missing from the scan or
    /// carrying invalid labels (resolved as upstream does: enforce fails closed, audit/warn open).
    /// </summary>
    public static List<PssRow> ByNamespaceLabels(PssScan scan, string defaultNamespace, List<string> notes)
    {
        var policies = new Dictionary<string, NamespacePolicy>(StringComparer.Ordinal);
        var rows = new List<PssRow>();
        foreach (var obj in scan.Objects)
        {
            var ns = NamespaceOf(obj, defaultNamespace);
            if (!policies.TryGetValue(ns, out var policy))
            {
                policy = policies[ns] = Resolve(scan, ns, notes);
            }

            rows.AddRange(PodSecurityModes.All
                .Where(mode => mode == PodSecurityMode.Enforce || policy.For(mode).Level != PodSecurityLevel.Privileged)
                .Select(mode => new PssRow(obj, ns, mode, Evaluate(obj, policy.For(mode)))));
        }

        return rows;
    }

    private static NamespacePolicy Resolve(PssScan scan, string ns, List<string> notes)
    {
        if (!scan.Namespaces.TryGetValue(ns, out var found))
        {
            notes.Add($"namespace \"{ns}\" is not in the scanned files: judged as unlabelled (privileged:latest for every mode)");
            return NamespacePolicy.Default;
        }

        var policy = PodSecurityLabels.Resolve(found.Labels);
        notes.AddRange(policy.Errors.Select(e => $"namespace \"{ns}\": {e}"));
        return policy;
    }

    private static string NamespaceOf(PssObject obj, string defaultNamespace) => obj.Match.Namespace ?? defaultNamespace;

    private static PodSecurityResult Evaluate(PssObject obj, LevelVersion policy) =>
        PodSecurityEvaluator.Default.Evaluate(policy, obj.Match.Pod);
}
