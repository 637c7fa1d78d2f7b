using System.Globalization;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// DF004: the final stage ends with a numeric non-root USER, created the way its base image family
/// creates users (<see cref="UserSetups"/>). The USER goes after the stage's last build step (RUN,
/// COPY, ADD, WORKDIR, USER), so everything that installs still runs as root, and before the trailing
/// metadata (CMD, ENTRYPOINT, EXPOSE, HEALTHCHECK, ...), where readers look for it. A root USER that
/// already sits after the last build step is replaced in place instead.
/// </summary>
internal static class UserFix
{
    private static readonly HashSet<string> BuildSteps = new(StringComparer.Ordinal) { "RUN", "COPY", "ADD", "WORKDIR", "USER" };

    public static DockerfileFixDraft? For(Finding finding, DockerfileModel model, FixOptions options)
    {
        if (model.FinalStage is not { } final)
        {
            return null;
        }

        var setup = UserSetups.For(final, options);
        var title = $"Add USER {setup.User} to the final stage{setup.Note}";
        var text = model.File.Text;
        var lastStep = final.Instructions.LastOrDefault(i => BuildSteps.Contains(i.Keyword));
        var run = setup.Command is null ? [] : new[] { $"{DockerfileText.Keyword(model, "RUN")} {setup.Command}" };
        if (lastStep is { Keyword: "USER" } user && DockerfileFacts.EffectiveUser(final) == user)
        {
            // USER root after the last build step: replace its value, create the user just above it.
            var value = user.Arguments[0].Span;
            var start = user.Span.Start.Offset;
            var edits = new List<TextEdit> { new(value.Start.Offset, value.End.Offset, setup.User) };
            if (run.Length > 0)
            {
                edits.Insert(0, DockerfileText.InsertLines(text, DockerfileText.LineStart(text, start), DockerfileText.Indentation(text, start), run));
            }

            return new DockerfileFixDraft(title, FixApplicability.Unsafe, edits);
        }

        var after = lastStep ?? final.From;
        var lines = run.Append($"{DockerfileText.Keyword(model, "USER")} {setup.User}");
        var insert = DockerfileText.InsertLines(text, DockerfileText.NextLineStart(text, after.Span.End.Offset), DockerfileText.Indentation(text, after.Span.Start.Offset), lines);
        return new DockerfileFixDraft(title, FixApplicability.Unsafe, [insert]);
    }
}

/// <summary>The USER value and the shell command (if any) that creates it; <see cref="Note"/> says how it was chosen.</summary>
internal sealed record UserSetup(string User, string? Command, string Note);

/// <summary>
/// The user to switch to: one the Dockerfile already creates with a numeric uid, else a new <c>app</c>
/// user made with the family's tools, else the image's own non-root user, else a bare numeric USER.
/// </summary>
internal static class UserSetups
{
    private const string Name = "app";

    public static UserSetup For(BuildStage final, FixOptions options)
    {
        var uid = options.ImageUser.ToString(CultureInfo.InvariantCulture);
        var gid = options.ImageGroup.ToString(CultureInfo.InvariantCulture);
        if (CreatedUid(final) is { } created)
        {
            return new UserSetup(created, null, " (the user the Dockerfile creates)");
        }

        var family = BaseFamilies.Of(final);
        if (family is BaseFamily.Busybox or BaseFamily.Shadow && CreatesName(final))
        {
            // Creating a second user or group of that name would fail the build.
            return new UserSetup($"{uid}:{gid}", null, $" (no user entry: the Dockerfile already creates {Name})");
        }

        return family switch
        {
            BaseFamily.Busybox => new UserSetup($"{uid}:{gid}", $"addgroup -S -g {gid} {Name} && adduser -S -u {uid} -G {Name} {Name}", " (adduser, Alpine/BusyBox)"),
            BaseFamily.Shadow => new UserSetup($"{uid}:{gid}", $"groupadd -r -g {gid} {Name} && useradd --no-log-init -r -u {uid} -g {Name} {Name}", " (useradd, Debian/Ubuntu/RHEL)"),
            BaseFamily.Distroless => new UserSetup("65532:65532", null, " (the image's nonroot user)"),
            BaseFamily.DotnetApp => new UserSetup("1654:1654", null, " (the image's app user)"),
            BaseFamily.Windows => new UserSetup("ContainerUser", null, " (the image's non-admin account)"),
            BaseFamily.Scratch => new UserSetup($"{uid}:{gid}", null, " (scratch has no user database)"),
            _ => new UserSetup($"{uid}:{gid}", null, " (no user entry: unknown base image)"),
        };
    }

    private static readonly WordSet UserCreators = ["useradd", "adduser"];

    private static readonly WordSet UserOrGroupCreators = ["useradd", "adduser", "groupadd", "addgroup"];

    /// <summary>
    /// The commands called one of <paramref name="programs"/> in the RUNs the final stage's image is built
    /// from, final stage first (asked once per DF004 finding). RUNs calling none of them are passed over
    /// on their facts' program names, without looking at their commands.
    /// </summary>
    private static IEnumerable<ShellCommand> LineageCommands(BuildStage final, WordSet programs)
    {
        for (var stage = final; stage is not null; stage = stage.BaseStage)
        {
            foreach (var run in stage.InstructionsNamed("RUN"))
            {
                var facts = DockerfileFacts.Of(run);
                if (!facts.Calls(programs))
                {
                    continue;
                }

                foreach (var command in facts.Commands)
                {
                    if (programs.Contains(command.Name))
                    {
                        yield return command;
                    }
                }
            }
        }
    }

    /// <summary>The non-root uid the first <c>useradd</c>/<c>adduser</c> that names one gives.</summary>
    private static string? CreatedUid(BuildStage final)
    {
        foreach (var command in LineageCommands(final, UserCreators))
        {
            if (Uid(command) is { } uid)
            {
                return uid;
            }
        }

        return null;
    }

    /// <summary>True when the Dockerfile already creates a user or group called <see cref="Name"/>.</summary>
    private static bool CreatesName(BuildStage final)
    {
        foreach (var command in LineageCommands(final, UserOrGroupCreators))
        {
            if (command.HasArgument(Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of <c>-u N</c>, <c>--uid N</c> or <c>--uid=N</c> when it is a non-root number.</summary>
    private static string? Uid(ShellCommand command)
    {
        var args = command.ArgumentSpan;
        for (var i = 0; i < args.Length; i++)
        {
            var word = args[i].ValueSpan;
            var value = word switch
            {
                "-u" or "--uid" when i + 1 < args.Length => args[i + 1].ValueSpan,
                _ when word.StartsWith("--uid=", StringComparison.Ordinal) => word[6..],
                _ => [],
            };
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) && uid > 0)
            {
                return value.ToString();
            }
        }

        return null;
    }
}
