using System.Globalization;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class InsecureFilePermissions : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF015",
        Name = "insecure-file-permissions",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImageMinimalBase,
        Title = "World-writable or setuid files created in the image",
        Description = "Reports `chmod` in RUN and `--chmod` on COPY/ADD, in the final stage and the stages it is built on, that make files world-writable (`777`, `666`, `o+w`, `a+w`) without the sticky bit (`1777` on a shared directory such as /tmp is fine; so is a temporary directory the same RUN deletes again) or set the setuid bit (`4755`, `u+s`, `+s`). Setgid alone (`g+s`, `2775`) is not reported: on directories it only makes new files inherit the group.",
        Rationale = "A world-writable file or directory lets any process in the container, whatever its user, replace binaries, scripts or configuration that a more privileged process later runs. A setuid binary runs as its owner (usually root) for whoever starts it: a direct path from a compromised non-root process to root.",
        Remediation = "Give ownership to the user that needs to write (`COPY --chown=10001:10001`, `chown`), use `755`/`644` (or `775` with a shared group), and remove setuid bits (`find / -perm /4000 -type f -exec chmod u-s {} +`).",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIncorrectDefaultPermissions],
        Mitre = [Taxonomy.MitreEscapeToHost],
        Example = "RUN chmod -R 777 /app",
        UseInstead = "RUN chown -R 10001:10001 /app && chmod -R 755 /app",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        var shipped = DockerfileFacts.FinalLineage(model);
        foreach (var run in DockerfileFacts.ShippedRuns(model))
        {
            if (!run.Calls("chmod"))
            {
                continue;
            }

            foreach (var script in run.Scripts)
            {
                foreach (var command in script.Commands.Where(c => c.Name == "chmod" && !RemovedLater(script, c)))
                {
                    if (ShellWord.FirstWhere(command.Arguments, a => !a.IsOption || IsSymbolic(a.Value)) is { } mode && Problem(mode.Value) is { } problem)
                    {
                        Report(context, model, script.SpanOf(mode), run.Stage, $"chmod {mode.Value} {problem}", evidence: command.ToString());
                    }
                }
            }
        }

        foreach (var copy in shipped.SelectMany(s => s.Instructions).Where(i => i.Is("COPY") || i.Is("ADD")))
        {
            if (copy.Flag("chmod") is { } flag && Problem(flag.EffectiveValue ?? string.Empty) is { } problem)
            {
                Report(context, model, flag.Span, copy.Stage, $"{copy.Keyword} --chmod={flag.EffectiveValue} {problem}", evidence: flag.EffectiveValue);
            }
        }
    }

    /// <summary>What is wrong with a chmod mode, or null: octal (<c>4755</c>, <c>0777</c>) or symbolic (<c>u+s,o+w</c>).</summary>
    public static string? Problem(string mode)
    {
        var (worldWritable, sticky, setuid) = mode.Length > 0 && mode.All(char.IsAsciiDigit) ? Octal(mode) : Symbolic(mode);
        return setuid ? "sets the setuid bit: the file runs as its owner for every user"
            : worldWritable && !sticky ? "makes files world-writable: any user in the container can change them"
            : null;
    }

    private static (bool WorldWritable, bool Sticky, bool Setuid) Octal(string mode)
    {
        if (!int.TryParse(mode, NumberStyles.None, CultureInfo.InvariantCulture, out _) || mode.Any(c => c > '7'))
        {
            return default;
        }

        var value = Convert.ToInt32(mode, 8);
        return ((value & 0b010) != 0, (value & 0b1_000_000_000) != 0, (value & 0b100_000_000_000) != 0);
    }

    private static (bool WorldWritable, bool Sticky, bool Setuid) Symbolic(string mode)
    {
        bool worldWritable = false, sticky = false, setuid = false;
        foreach (var clause in mode.Split(','))
        {
            var op = clause.IndexOfAny(['+', '=']);
            if (op < 0)
            {
                continue;
            }

            var who = clause[..op];
            var perms = clause[(op + 1)..];
            worldWritable |= perms.Contains('w', StringComparison.Ordinal) && (who.Contains('o', StringComparison.Ordinal) || who.Contains('a', StringComparison.Ordinal));
            sticky |= perms.Contains('t', StringComparison.Ordinal);
            setuid |= perms.Contains('s', StringComparison.Ordinal) && (who.Length == 0 || who.Contains('u', StringComparison.Ordinal) || who.Contains('a', StringComparison.Ordinal));
        }

        return (worldWritable, sticky, setuid);
    }

    /// <summary>A temporary directory chmod-ed and deleted by a later <c>rm</c> of the same script leaves nothing in the layer.</summary>
    private static bool RemovedLater(RunScript script, ShellCommand chmod)
    {
        var targets = chmod.Arguments.Where(a => !a.IsOption).Skip(1).Select(a => a.Value).ToList();
        var removed = script.Commands.Where(c => c.Name == "rm" && c.Start > chmod.Start).SelectMany(c => c.Arguments).Select(a => a.Value).ToHashSet();
        return targets.Count > 0 && targets.All(removed.Contains);
    }

    private static bool IsSymbolic(string value) => value.Length > 1 && value[0] == '-' && value[1..].All(c => c is 'r' or 'w' or 'x' or 's' or 't' or 'X');
}
