using System.CommandLine;
using Bulwark.Configuration;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark fix [PATH ...]</c>: harden the files in place with minimal, comment-preserving edits.</summary>
public static class FixCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or directories to fix (recursively). Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create()
    {
        var command = new Command("fix", "Apply the fixes for what scan finds: safe ones by default, unsafe ones with --unsafe-fixes.");
        command.Arguments.Add(Paths);
        foreach (var option in FixSettings.All.Concat([CommonOptions.Select, CommonOptions.Ignore, CommonOptions.Namespace, PolicyOptions.Config, PolicyOptions.NoConfig]))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Execute(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads <c>.bulwark.yaml</c> as scan does (rules, ignores, rule options, <c>fix:</c> values); flags override it.</summary>
    private static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        if (PolicyLoader.LoadConfig(parse, stderr) is not { } config)
        {
            return ExitCodes.Usage;
        }

        var options = FixSettings.From(parse, config.FixOptions, stderr);
        var rules = RuleSelection.Rules(parse, config, stderr);
        var inputs = Inputs(parse.GetValue(Paths) ?? [], config, stderr);
        if (options is null || rules is null || inputs is null)
        {
            return ExitCodes.Usage;
        }

        var ruleOptions = config.Options with { DefaultNamespace = parse.GetValue(CommonOptions.Namespace) ?? "default" };
        var includeUnsafe = parse.GetValue(FixSettings.UnsafeFixes);
        var run = new FixRunner(new ScanEngine(rules, ruleOptions, config.ToPolicy()), options, includeUnsafe).Run(inputs);
        var generated = parse.GetValue(FixSettings.GenerateNetworkPolicies)
            ? GenerateCommandPart.Run(run, ruleOptions, parse.GetValue(FixSettings.Output), parse.GetValue(Paths) ?? [])
            : [];
        var dryRun = parse.GetValue(FixSettings.Diff);
        var changes = Changes(run, generated);
        var wrote = dryRun ? PrintDiffs(changes, stdout) : Write(changes, stderr);
        foreach (var file in generated.Keys)
        {
            (dryRun ? stderr : stdout).WriteLine($"{file}: {(dryRun ? "would generate" : "generated")} Pod Security labels / default-deny NetworkPolicies");
        }

        return Finish(run, includeUnsafe, dryRun, wrote, dryRun ? stderr : stdout, stderr);
    }

    /// <summary>Every text to write: fixed files, with generation's label edits and policy file on top.</summary>
    private static List<(string File, string Before, string After)> Changes(FixRun run, Dictionary<string, (string Before, string After)> generated)
    {
        var changes = run.Files.Where(f => f.Changed && !generated.ContainsKey(f.File)).Select(f => (f.File, f.Original, f.Fixed)).ToList();
        foreach (var (file, (before, after)) in generated)
        {
            var original = run.Files.FirstOrDefault(f => f.File == file)?.Original ?? before;
            changes.Add((file, original, after));
        }

        return changes;
    }

    private static int Finish(FixRun run, bool includeUnsafe, bool dryRun, bool ok, TextWriter report, TextWriter stderr)
    {
        foreach (var file in run.Files)
        {
            FixOutput.Changes(file, report);
        }

        foreach (var error in run.Files.Where(f => f.InternalError is not null))
        {
            stderr.WriteLine($"error: {error.File}: {error.InternalError}");
        }

        foreach (var error in run.Remaining.Errors)
        {
            stderr.WriteLine($"error: {error}");
        }

        FixOutput.Summary(run, includeUnsafe, dryRun, report);
        var failed = !ok || run.Remaining.Errors.Count > 0 || run.Files.Any(f => f.InternalError is not null);
        var pending = dryRun ? run.Files.Any(f => f.Changed) : run.Remaining.Active.Any();
        return failed ? ExitCodes.Usage : pending ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static bool PrintDiffs(List<(string File, string Before, string After)> changes, TextWriter stdout)
    {
        foreach (var (file, before, after) in changes)
        {
            stdout.Write(UnifiedDiff.Of(file, before, after));
        }

        return true;
    }

    private static bool Write(List<(string File, string Before, string After)> changes, TextWriter stderr)
    {
        var ok = true;
        foreach (var (file, _, after) in changes)
        {
            try
            {
                AtomicFile.Write(file, after);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {file}: {ex.Message}");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Every file to fix, read once; null (after saying why) when a path is stdin or unreadable.</summary>
    private static List<ScanInput>? Inputs(string[] paths, BulwarkConfig config, TextWriter stderr)
    {
        var inputs = new List<ScanInput>();
        foreach (var path in paths.Length == 0 ? ["."] : paths)
        {
            if (path == "-" || (!File.Exists(path) && !Directory.Exists(path)))
            {
                stderr.WriteLine(path == "-" ? "error: fix edits files; it cannot read stdin (use 'bulwark scan -')" : $"error: {path}: no such file or directory");
                return null;
            }

            foreach (var file in RuleSelection.Files(path, config))
            {
                inputs.Add(new ScanInput(file, File.ReadAllText(file)));
            }
        }

        return inputs;
    }
}
