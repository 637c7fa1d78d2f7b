using Bulwark.Common;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>A package-manager call: <c>apt-get install -y curl</c> is manager <c>apt</c>, action <c>install</c>, packages <c>[curl]</c>.</summary>
public sealed record PackageCommand(string Manager, string Action, IReadOnlyList<ShellWord> Packages, IReadOnlyList<ShellWord> Options, ShellCommand Command)
{
    /// <summary>The word holding <see cref="Action"/> (where a fix inserts an option such as <c>--no-cache</c>).</summary>
    public required ShellWord ActionWord { get; init; }

    /// <summary>True when one of the options is one of <paramref name="names"/>, alone or as <c>name=value</c>.</summary>
    public bool HasOption(params string[] names)
    {
        foreach (var option in Options)
        {
            var value = option.ValueSpan;
            foreach (var name in names)
            {
                if (value.StartsWith(name, StringComparison.Ordinal) && (value.Length == name.Length || value[name.Length] == '='))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool IsInstall => Action is "install" or "add" or "in" or "groupinstall" or "localinstall" or "reinstall";

    public bool IsRemoval => Action is "remove" or "purge" or "autoremove" or "del" or "erase" or "rm" or "uninstall";

    /// <summary>Upgrades everything installed (not a named package): <c>apt-get upgrade</c>, <c>apk upgrade</c>, <c>yum update</c>.</summary>
    public bool IsUpgradeAll => Action switch
    {
        "upgrade" or "dist-upgrade" or "full-upgrade" or "dup" or "distro-sync" => Manager != "pip",
        "update" or "up" => Manager is "yum" or "dnf" or "zypper" && Packages.Count == 0,
        _ => false,
    };
}

/// <summary>Recognises apt/apt-get/aptitude, apk, yum/dnf/microdnf/tdnf, zypper and pip (also <c>python -m pip</c>).</summary>
public static class PackageCommands
{
    private static readonly Dictionary<string, string> Managers = new(StringComparer.Ordinal)
    {
        ["apt-get"] = "apt", ["apt"] = "apt", ["aptitude"] = "apt", ["apk"] = "apk", ["yum"] = "yum", ["dnf"] = "dnf",
        ["microdnf"] = "dnf", ["tdnf"] = "dnf", ["zypper"] = "zypper", ["pip"] = "pip", ["pip3"] = "pip",
    };

    /// <summary>Options whose value is the next word (so it is not mistaken for the action or a package).</summary>
    private static readonly Dictionary<string, string[]> ValueOptions = new(StringComparer.Ordinal)
    {
        ["apt"] = ["-o", "-c", "-t", "--target-release", "--option", "--config-file"],
        ["apk"] = ["-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir", "--keys-dir"],
        ["yum"] = ["-c", "--config", "-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "--setopt"],
        ["dnf"] = ["-c", "--config", "-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "--setopt"],
        ["zypper"] = ["-R", "--root", "-r", "--repo", "--from"],
        ["pip"] = ["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "--trusted-host", "-t", "--target", "--prefix", "--root", "-f", "--find-links", "--platform", "--python-version", "--no-binary", "--only-binary", "--progress-bar", "-e", "--editable"],
    };

    public static IEnumerable<PackageCommand> In(Instruction run) => DockerfileFacts.Of(run).Packages;

    // Five rules ask about the same commands: a package-manager call is taken apart once and kept on
    // the command (its Facts); this marks a command that makes none, so it is not looked at again.
    private static readonly object NoPackageCommand = new();

    public static PackageCommand? Parse(ShellCommand command) =>
        MayBeManager(command.Name) ? (command.Facts ??= Recognise(command) ?? NoPackageCommand) as PackageCommand : null;

    // Asked of every command by five rules: the word set turns most names away before any hashing.
    private static readonly WordSet ManagerNames = [.. Managers.Keys];

    private static bool MayBeManager(string name) =>
        ManagerNames.Contains(name) || name.StartsWith("python", StringComparison.Ordinal) || name.StartsWith("pip", StringComparison.Ordinal);

    private static PackageCommand? Recognise(ShellCommand command)
    {
        var args = command.Arguments;
        var name = command.Name;
        if (name.StartsWith("python", StringComparison.Ordinal) && args.Count >= 2 && args[0].Value == "-m" && args[1].Value is "pip" or "pip3")
        {
            name = "pip";
            args = args[2..];
        }
        else if (name.StartsWith("pip", StringComparison.Ordinal) && name.Length <= 6 && name[3..].All(c => char.IsDigit(c) || c == '.'))
        {
            name = "pip";
        }

        return Managers.TryGetValue(name, out var manager) ? Build(manager, args, command) : null;
    }

    private static PackageCommand? Build(string manager, ArraySegment<ShellWord> args, ShellCommand command)
    {
        var takesValue = ValueOptions[manager];
        ShellWord? action = null;
        var packages = new List<ShellWord>();
        var options = new List<ShellWord>();
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (word.IsOption)
            {
                options.Add(word);
                i += TakesValue(takesValue, word) ? 1 : 0;
            }
            else if (action is null)
            {
                action = word;
            }
            else
            {
                packages.Add(word);
            }
        }

        return action is not { } verb ? null : new PackageCommand(manager, verb.Value, packages, options, command) { ActionWord = verb };
    }

    private static bool TakesValue(string[] options, ShellWord word)
    {
        foreach (var option in options)
        {
            if (word.ValueSpan.SequenceEqual(option))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the RUN that installs packages also removes them again (build dependencies purged in the same layer).</summary>
    public static bool RemovesPackages(Instruction run)
    {
        foreach (var package in DockerfileFacts.Of(run).Packages)
        {
            if (package.IsRemoval && package.Manager != "pip")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Package name without version or release pin: <c>gcc=4:12.2</c>, <c>gcc~=12</c>, <c>gcc-12.2.1</c> stay <c>gcc</c>-like.</summary>
    public static string PackageName(ShellWord word)
    {
        var value = word.Value;
        var cut = value.IndexOfAny(['=', '<', '>', '~']);
        return cut > 0 ? value[..cut] : value;
    }

    /// <summary><see cref="PackageName"/> without allocating, for rules that only compare it.</summary>
    public static ReadOnlySpan<char> PackageNameSpan(ShellWord word)
    {
        var value = word.ValueSpan;
        var cut = value.IndexOfAny(PinMarks);
        return cut > 0 ? value[..cut] : value;
    }

    private static readonly System.Buffers.SearchValues<char> PinMarks = System.Buffers.SearchValues.Create("=<>~");
}
