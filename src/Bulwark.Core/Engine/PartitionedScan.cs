using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Engine;

/// <summary>
/// Loads the inputs and runs the rules that judge each model alone on all cores: the inputs are cut
/// into consecutive parts, each worker takes the next part, loads it into a session of its own and
/// runs those rules over it while its models are fresh in the cache. The parts' sessions are then
/// appended in input order and the cross-file rules run over the whole. Every file is read, parsed
/// and checked by one thread only, so lazily built parts of a model are never shared mid-build.
/// </summary>
internal static class PartitionedScan
{
    // Enough files per part that a part's overhead (a session, a rule loop) stays small, few enough
    // that the last parts to finish keep both cores busy.
    private const int FilesPerPart = 8;

    /// <summary>True when a second thread has enough work to repay starting it.</summary>
    public static bool Pays(IReadOnlyList<ScanInput> inputs) =>
        Environment.ProcessorCount > 1 && inputs.Count >= 2 * FilesPerPart;

    public static (AnalysisSession Session, List<Finding> Findings) Run(IReadOnlyList<ScanInput> inputs, ScanEngine engine, IReadOnlyList<ISessionRule> rules)
    {
        var local = rules.Where(r => r.JudgesEachModelAlone).ToArray();
        var parts = new (AnalysisSession Session, List<Finding> Findings)[(inputs.Count + FilesPerPart - 1) / FilesPerPart];
        var next = -1;
        try
        {
            Parallel.For(0, Math.Min(Environment.ProcessorCount, parts.Length), _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < parts.Length; i = Interlocked.Increment(ref next))
                {
                    var session = engine.Load(Slice(inputs, i));
                    parts[i] = (session, engine.Run(local, session));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // A failing rule or handler surfaces as itself, as it does in a scan on one thread.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return Join(parts, engine, rules);
    }

    private static IEnumerable<ScanInput> Slice(IReadOnlyList<ScanInput> inputs, int part)
    {
        for (var i = part * FilesPerPart; i < Math.Min(inputs.Count, (part + 1) * FilesPerPart); i++)
        {
            yield return inputs[i];
        }
    }

    private static (AnalysisSession, List<Finding>) Join((AnalysisSession Session, List<Finding> Findings)[] parts, ScanEngine engine, IReadOnlyList<ISessionRule> rules)
    {
        // A new session, not the first part's: indexes built over a part's session (the fixers' file
        // lookups) must not be taken for indexes over the whole.
        var session = new AnalysisSession(parts[0].Session.Options);
        var findings = new List<Finding>();
        foreach (var part in parts)
        {
            session.Append(part.Session);
            findings.AddRange(part.Findings);
        }

        findings.AddRange(engine.Run(rules.Where(r => !r.JudgesEachModelAlone), session));
        return (session, findings);
    }
}
