using System.Collections.Concurrent;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Engine;

/// <summary>
/// Loads the inputs and runs the rules that judge each model alone on all cores: the inputs are cut
/// into consecutive parts as the directory walk yields them, and each worker takes the next part,
/// loads it into a session of its own, runs those rules over it and puts their findings in report
/// order while its models are fresh in the cache. Workers start while the walk goes on; the walking
/// thread joins them when it is done. The parts' findings are then merged file by file, their
/// sessions appended in input order, and the cross-file rules run over the whole.
/// Every file is read, parsed and checked by one thread only, so lazily built parts of a model are
/// never shared mid-build.
/// </summary>
internal sealed class PartitionedScan
{
    // Enough files per part that a part's overhead (a session, a rule loop) stays small, few enough
    // that the last parts to finish keep every core busy.
    private const int FilesPerPart = 8;

    private readonly ScanEngine _engine;
    private readonly ISessionRule[] _local;
    private readonly List<Part> _parts = [];
    private readonly BlockingCollection<Part> _queue = [];
    private readonly List<Worker> _workers = [];

    private PartitionedScan(ScanEngine engine, IEnumerable<ISessionRule> rules)
    {
        _engine = engine;
        _local = [.. rules.Where(r => r.JudgesEachModelAlone)];
    }

    /// <summary>True when there are cores to share the work and <paramref name="inputs"/> make at least two parts.</summary>
    public static bool Pays(IReadOnlyCollection<ScanInput> inputs) => Environment.ProcessorCount > 1 && inputs.Count > FilesPerPart;

    /// <summary>
    /// The joined session and every finding when <paramref name="inputs"/> make at least two parts on a
    /// machine with several cores; otherwise null and the inputs read so far, for a scan on one thread.
    /// The workers start as soon as the walk has found more than one part's inputs.
    /// </summary>
    public static (AnalysisSession Session, List<Finding> Findings)? TryRun(IEnumerable<ScanInput> inputs, ScanEngine engine, IReadOnlyList<ISessionRule> rules, out IReadOnlyList<ScanInput> read)
    {
        using var walk = inputs.GetEnumerator();
        var first = new List<ScanInput>(FilesPerPart + 1);
        while (first.Count <= FilesPerPart && walk.MoveNext())
        {
            first.Add(walk.Current);
        }

        read = first;
        if (!Pays(first))
        {
            while (walk.MoveNext())
            {
                first.Add(walk.Current);
            }

            return null;
        }

        var scan = new PartitionedScan(engine, rules);
        scan.Feed(first, walk);
        return scan.Join(rules);
    }

    private void Feed(List<ScanInput> first, IEnumerator<ScanInput> walk)
    {
        Publish(first[..FilesPerPart]);
        for (var i = 1; i < Environment.ProcessorCount; i++)
        {
            _workers.Add(Worker.Start(Work));
        }

        try
        {
            PublishRest(first[FilesPerPart..], walk);
        }
        finally
        {
            // Also when the walk fails: the workers then finish what was published and stop.
            _queue.CompleteAdding();
        }

        Work();
        WaitForWorkers();
    }

    private void PublishRest(List<ScanInput> batch, IEnumerator<ScanInput> walk)
    {
        while (walk.MoveNext())
        {
            batch.Add(walk.Current);
            if (batch.Count == FilesPerPart)
            {
                Publish(batch);
                batch = new List<ScanInput>(FilesPerPart);
            }
        }

        if (batch.Count > 0)
        {
            Publish(batch);
        }
    }

    private void Publish(List<ScanInput> inputs)
    {
        var part = new Part(inputs);
        _parts.Add(part);
        _queue.Add(part);
    }

    private void Work()
    {
        foreach (var part in _queue.GetConsumingEnumerable())
        {
            part.Session = _engine.Load(part.Inputs);
            part.Findings = FindingOrder.Apply(_engine.Run(_local, part.Session));
        }
    }

    // A failing rule or handler surfaces as itself, as it does in a scan on one thread.
    private void WaitForWorkers() => _workers.ForEach(worker => worker.Join());

    private (AnalysisSession, List<Finding>) Join(IReadOnlyList<ISessionRule> rules)
    {
        // Each part put its findings in report order; all findings of one input come from the part that
        // read it, so the parts' lists join file by file, and the scan's own ordering then has nothing
        // or little to move (the cross-file rules' findings follow).
        var findings = FindingOrder.MergeByFile([.. _parts.Select(part => part.Findings!)]);

        // A new session, not the first part's: indexes built over a part's session (the fixers' file
        // lookups) must not be taken for indexes over the whole.
        var session = new AnalysisSession(_parts[0].Session!.Options);
        foreach (var part in _parts)
        {
            session.Append(part.Session!);
        }

        findings.AddRange(_engine.Run(rules.Where(r => !r.JudgesEachModelAlone), session));
        return (session, findings);
    }

    /// <summary>Consecutive inputs, and what loading and checking them on one thread produced.</summary>
    private sealed class Part(List<ScanInput> inputs)
    {
        public List<ScanInput> Inputs { get; } = inputs;

        public AnalysisSession? Session { get; set; }

        public List<Finding>? Findings { get; set; }
    }
}
