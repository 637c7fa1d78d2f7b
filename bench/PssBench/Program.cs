using System.Diagnostics;
using System.Globalization;
using Bulwark.Bench;

// Usage: PssBench FIXTURES_DIR [PASSES] [engine|cli]
//   engine: one process reads, parses, locates and evaluates every fixture at its level:version
//           through Bulwark.Core (the figure held to the 2 s budget).
//   cli:    the same fixtures through the real `bulwark pss --level L --version V DIR` command,
//           one in-process invocation per <level>/<v1.N>/<pass|fail> directory (152 runs).
// Pass 1 is cold (JIT included). Verdicts are checked every pass so a fast-but-wrong run fails.
var root = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "fixtures", "pss");
var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var mode = args.Length > 2 ? args[2] : "engine";
Func<int> runOnce = mode == "cli" ? new CliRun(root).WrongRuns : new EngineRun(root).WrongVerdicts;
var times = new List<double>();
for (var pass = 1; pass <= passes; pass++)
{
    // CPU time is printed beside wall time: on a shared, loaded machine wall time also measures the neighbours.
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var wrong = runOnce();
    watch.Stop();
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
    times.Add(watch.Elapsed.TotalMilliseconds);
    Console.WriteLine(FormattableString.Invariant($"{mode} pass {pass}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {cpu:F0} ms CPU, {wrong} wrong"));
    if (wrong > 0)
    {
        return 1;
    }
}

var warm = times.Skip(1).Order().ToList();
var median = warm.Count > 0 ? warm[warm.Count / 2] : times[0];
Console.WriteLine(FormattableString.Invariant($"RESULT {mode}: 4537-fixture corpus, cold {times[0]:F0} ms, warm median {median:F0} ms wall (budget 2000 ms)"));
return 0;
