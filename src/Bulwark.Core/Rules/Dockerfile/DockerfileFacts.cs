using System.Runtime.InteropServices;
using Bulwark.Common;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// Facts several Dockerfile rules need: which stages end up in the image, the shell scripts a RUN
/// executes (split into commands once and cached), its <c>--mount</c>s, and the effective USER.
/// </summary>
public static class DockerfileFacts
{
    /// <summary>The package managers PackageCommands knows, for rules that only look at RUNs calling one.</summary>
    public static readonly WordSet PackageManagers =
    [
        "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper", "pip", "pip3", "python", "python3",
    ];

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh", "busybox" };

    /// <summary>The final stage and the stages it is built on (<c>FROM builder</c>): their layers ship.</summary>
    public static BuildStage[] FinalLineage(DockerfileModel model) => FactsOf(model).Shipped;

    /// <summary>RUN instructions of the given stages; <see cref="Scripts"/> is empty for those run by PowerShell or cmd.</summary>
    public static IEnumerable<Instruction> ShellRuns(IEnumerable<BuildStage> stages) =>
        stages.SelectMany(s => s.InstructionsNamed("RUN"));

    /// <summary>Every RUN of the model in file order of its stages, with its facts (looked up once per model, not per RUN and rule).</summary>
    public static RunFacts[] Runs(DockerfileModel model) => FactsOf(model).All;

    /// <summary>The RUNs of <see cref="FinalLineage"/>, final stage first.</summary>
    public static RunFacts[] ShippedRuns(DockerfileModel model) => FactsOf(model).ShippedRuns;

    /// <summary>What the rules know about one RUN, computed once and shared by every rule.</summary>
    public static RunFacts Of(Instruction run) => (RunFacts)(run.Facts ??= new RunFacts(run));

    /// <summary>
    /// The POSIX shell scripts a RUN executes: its shell-form command, <c>sh -c</c> in exec form, and heredoc
    /// scripts. Empty when the stage's shell is PowerShell or cmd. Split once per RUN and shared by every rule.
    /// </summary>
    public static IReadOnlyList<RunScript> Scripts(Instruction run) => Of(run).Scripts;

    /// <summary>The <c>--mount</c> options of a RUN as key/value maps (<c>type=secret,id=npm</c>).</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Mounts(Instruction run) =>
        run.Flags.Length == 0 ? [] : run.FlagsNamed("mount").Select(f => ParseMount(f.EffectiveValue ?? string.Empty));

    public static bool HasMount(Instruction run, string type) =>
        Mounts(run).Any(m => string.Equals(m.GetValueOrDefault("type", "bind"), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a cache or tmpfs mount covers <paramref name="path"/> (so nothing written there stays in the layer).</summary>
    public static bool MountCovers(Instruction run, string path) =>
        Mounts(run).Any(m => m.GetValueOrDefault("type") is "cache" or "tmpfs"
            && (m.GetValueOrDefault("target") ?? m.GetValueOrDefault("dst") ?? m.GetValueOrDefault("destination")) is { } target
            && (path + "/").StartsWith(target.TrimEnd('/') + "/", StringComparison.Ordinal));

    /// <summary>The last USER in effect for a stage, looking through the stages it is built on.</summary>
    public static Instruction? EffectiveUser(BuildStage stage) =>
        stage.Lineage().Select(s => s.InstructionsNamed("USER").LastOrDefault()).FirstOrDefault(u => u is not null);

    /// <summary>Splits <c>user[:group]</c>.</summary>
    public static (string User, string? Group) SplitUser(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (value.Trim(), null) : (value[..colon].Trim(), value[(colon + 1)..].Trim());
    }

    /// <summary>uid 0 by name or number; <c>ContainerAdministrator</c> is its Windows equivalent.</summary>
    public static bool IsRootUser(string user) =>
        user == "root" || (long.TryParse(user, out var uid) && uid == 0) || user.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the stage's SHELL (or its Windows base image) is PowerShell or cmd.</summary>
    public static bool UsesPosixShell(Instruction instruction)
    {
        if (instruction.Stage is not { } stage)
        {
            return true;
        }

        if (LastShellBefore(instruction, stage) is { } shell)
        {
            return Shells.Contains(ShellCommand.BaseName(shell.Arguments[0].Value));
        }

        return !BaseImages.IsWindows(stage.Root.BaseImage?.Value ?? string.Empty);
    }

    /// <summary>What the rules share about the model as a whole, worked out once.</summary>
    internal static ModelFacts FactsOf(DockerfileModel model) => (ModelFacts)(model.Facts ??= new ModelFacts(model));

    /// <summary>The SHELL in effect at <paramref name="instruction"/>: the last one before it in its stage, else in the stages it is built on.</summary>
    private static Instruction? LastShellBefore(Instruction instruction, BuildStage stage)
    {
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            var shells = s.InstructionsNamed("SHELL");
            for (var k = shells.Length - 1; k >= 0; k--)
            {
                if (s != stage || shells[k].StartLine < instruction.StartLine)
                {
                    return shells[k];
                }
            }
        }

        return null;
    }

    internal static RunScript[] ComputeScripts(Instruction run)
    {
        if (!UsesPosixShell(run))
        {
            return [];
        }

        if (run.ShellCommand is { } command)
        {
            var main = new RunScript(command.Source, ShellScript.Parse(command.Source));
            return run.Heredocs.Length > 0 && FeedsHeredocsToShell(main) ? WithHeredocScripts(main, run.Heredocs) : [main];
        }
        else if (run.IsJsonForm && run.Arguments.Length >= 3 && Shells.Contains(ShellCommand.BaseName(run.Arguments[0].Value)) && run.Arguments[1].Value.StartsWith('-') && run.Arguments[1].Value.Contains('c', StringComparison.Ordinal))
        {
            var script = run.Arguments[2].Source.Slice(1, run.Arguments[2].Source.Length - 1);
            return [new RunScript(script, ShellScript.Parse(script))];
        }

        return [];
    }

    /// <summary>The main script and the heredoc bodies it runs as shell scripts.</summary>
    private static RunScript[] WithHeredocScripts(RunScript main, IReadOnlyList<Heredoc> heredocs)
    {
        var scripts = new List<RunScript> { main };
        foreach (var heredoc in heredocs)
        {
            if (!HasForeignShebang(heredoc.Body.Text))
            {
                scripts.Add(new RunScript(heredoc.Body, ShellScript.Parse(heredoc.Body)));
            }
        }

        return [.. scripts];
    }

    /// <summary><c>RUN &lt;&lt;EOF</c> or <c>RUN bash &lt;&lt;EOF</c> runs the body; <c>RUN cat &lt;&lt;EOF &gt; f</c> writes a file.</summary>
    private static bool FeedsHeredocsToShell(RunScript main) =>
        main.Commands.Length == 0 || (main.Commands.Length == 1 && (main.Commands[0].Name.Length == 0 || Shells.Contains(main.Commands[0].Name)));

    /// <summary>A heredoc starting <c>#!/usr/bin/env python3</c> is a Python script, not shell.</summary>
    private static bool HasForeignShebang(string body)
    {
        if (!body.StartsWith("#!", StringComparison.Ordinal))
        {
            return false;
        }

        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        var words = body[2..(newline < 0 ? body.Length : newline)].Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
        var interpreter = words.Length == 0 ? string.Empty : ShellCommand.BaseName(words[0]);
        if (interpreter == "env" && words.Length > 1)
        {
            interpreter = ShellCommand.BaseName(words[1]);
        }

        return !Shells.Contains(interpreter);
    }

    /// <summary>Every RUN of a model, and those of the stages that ship, each with its facts; its external images.</summary>
    internal sealed class ModelFacts
    {
        public ModelFacts(DockerfileModel model)
        {
            Shipped = model.FinalStage is { } final ? [.. final.Lineage()] : [];
            All = Collect(CollectionsMarshal.AsSpan(model.Stages));
            ShippedRuns = Collect(Shipped);
        }

        public BuildStage[] Shipped { get; }

        public RunFacts[] All { get; }

        public RunFacts[] ShippedRuns { get; }

        /// <summary>See <see cref="DockerfileImage.Of"/> (found when first asked for).</summary>
        public List<DockerfileImage>? Images { get; set; }

        private static RunFacts[] Collect(ReadOnlySpan<BuildStage> stages)
        {
            var runs = new List<RunFacts>();
            foreach (var stage in stages)
            {
                foreach (var run in stage.InstructionsNamed("RUN"))
                {
                    runs.Add(Of(run));
                }
            }

            return [.. runs];
        }
    }

    private static Dictionary<string, string> ParseMount(string value)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            options[eq < 0 ? part : part[..eq]] = eq < 0 ? "true" : part[(eq + 1)..].Trim('"', '\'');
        }

        return options;
    }
}

/// <summary>A shell script a RUN executes, with its commands; spans come from <see cref="Source"/>.</summary>
public sealed record RunScript(SourceText Source, ShellCommand[] Commands)
{
    public Diagnostics.SourceSpan SpanOf(ShellWord word) => Source.SpanOf(word.Start, word.End);

    public Diagnostics.SourceSpan SpanOf(ShellCommand command) => Source.SpanOf(command.Start, command.End);
}
