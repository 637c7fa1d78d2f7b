using System.Buffers;
using Bulwark.Common;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// What the Dockerfile rules know about one RUN: its scripts split into commands, the programs it
/// calls, its package-manager calls. Each is worked out on first use and then shared by every rule
/// (get it with <see cref="DockerfileFacts.Of"/> or <see cref="DockerfileFacts.Runs"/>).
/// </summary>
public sealed class RunFacts
{
    private RunScript[]? _scripts;
    private ShellCommand[]? _commands;
    private string[]? _names;
    private PackageCommand[]? _packages;
    private bool? _callsPackageManager;

    internal RunFacts(Instruction run)
    {
        Run = run;
    }

    public Instruction Run { get; }

    public BuildStage? Stage => Run.Stage;

    /// <summary>See <see cref="DockerfileFacts.Scripts"/> (an array, so rules loop over it without an enumerator object).</summary>
    public RunScript[] Scripts => _scripts ??= DockerfileFacts.ComputeScripts(Run);

    /// <summary>The commands of every script, in order.</summary>
    public ShellCommand[] Commands => _commands ??= CollectCommands();

    /// <summary>The package-manager calls among <see cref="Commands"/>, in order.</summary>
    public IReadOnlyList<PackageCommand> Packages => _packages ??= CollectPackages();

    /// <summary>True when the RUN calls one of <see cref="DockerfileFacts.PackageManagers"/> (asked by several rules).</summary>
    public bool CallsPackageManager => _callsPackageManager ??= Calls(DockerfileFacts.PackageManagers);

    /// <summary>True when a command of the RUN is, or runs under, one of <paramref name="names"/>: lets a rule skip RUNs that cannot concern it.</summary>
    public bool Calls(WordSet names)
    {
        foreach (var name in Names())
        {
            if (names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    public bool Calls(string name) => Array.IndexOf(Names(), name) >= 0;

    /// <summary>True when the script text contains one of <paramref name="markers"/>: a cheap gate before word-by-word checks.</summary>
    public bool Mentions(SearchValues<string> markers)
    {
        foreach (var script in Scripts)
        {
            if (script.Source.Chars.IndexOfAny(markers) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private ShellCommand[] CollectCommands()
    {
        var scripts = Scripts;
        if (scripts.Length == 1)
        {
            // Shared, not copied: nobody writes to the commands.
            return scripts[0].Commands;
        }

        var commands = new List<ShellCommand>();
        foreach (var script in scripts)
        {
            commands.AddRange(script.Commands);
        }

        return [.. commands];
    }

    /// <summary>The distinct program names the RUN calls, wrappers (<c>sudo</c>) included.</summary>
    private string[] Names() => _names ??= CollectNames();

    private string[] CollectNames()
    {
        var names = new List<string>();
        foreach (var command in Commands)
        {
            AddDistinct(names, command.Name);
            var wrappers = command.WrappedBy;
            for (var i = 0; i < wrappers.Count; i++)
            {
                AddDistinct(names, wrappers[i]);
            }
        }

        return [.. names];
    }

    // A RUN calls a handful of programs: a linear search beats hashing here (and names are mostly
    // the shared instances of common names, so most comparisons end at the reference check).
    private static void AddDistinct(List<string> names, string name)
    {
        foreach (var known in names)
        {
            if (string.Equals(known, name))
            {
                return;
            }
        }

        names.Add(name);
    }

    private PackageCommand[] CollectPackages()
    {
        List<PackageCommand>? packages = null;
        foreach (var command in Commands)
        {
            if (PackageCommands.Parse(command) is { } package)
            {
                (packages ??= []).Add(package);
            }
        }

        return packages is null ? [] : [.. packages];
    }
}
