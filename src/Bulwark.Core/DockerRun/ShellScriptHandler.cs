using Bulwark.Engine;

namespace Bulwark.DockerRun;

/// <summary>
/// Audits every <c>docker run</c> / <c>docker create</c> in a shell script or Makefile. Each command
/// becomes a profile and Docker settings; a command Docker would reject (unknown flag, missing
/// value or image) is a scan error at the offending word instead.
/// </summary>
public sealed class ShellScriptHandler : ITextInputHandler
{
    public InputKind Kind => InputKind.Shell;

    public void Load(SourceFile file, AnalysisSession session) => LoadCommands(file, session, DockerCommandFinder.Find(file.Text));

    /// <summary>Adds the given commands of <paramref name="file"/> to the session (shared with <c>bulwark docker-run</c>).</summary>
    public static void LoadCommands(SourceFile file, AnalysisSession session, IEnumerable<ParsedDockerRun> commands)
    {
        var positions = new TextPositions(file.Text);
        foreach (var command in commands)
        {
            foreach (var error in command.Errors)
            {
                var at = positions.At(error.Start);
                session.Error(file.Path, at.Line, at.Column, error.Message);
            }

            if (command.Errors.Count > 0)
            {
                continue;
            }

            var docker = DockerRunProfiles.Build(file.Path, command, positions);
            session.Add(docker.Profile);
            session.Add(docker);
        }
    }
}
