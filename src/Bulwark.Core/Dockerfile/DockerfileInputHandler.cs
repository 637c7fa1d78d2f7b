using Bulwark.Engine;

namespace Bulwark.Dockerfile;

/// <summary>Parses a Dockerfile into a <see cref="DockerfileModel"/>, reports its syntax errors and records its comments for suppressions.</summary>
public sealed class DockerfileInputHandler : ITextInputHandler
{
    public InputKind Kind => InputKind.Dockerfile;

    public void Load(SourceFile file, AnalysisSession session)
    {
        var model = DockerfileParser.Parse(file);
        // Suppressions are the only reader of a file's comments, and they read only those naming "bulwark:"
        // (CommentDirectives): the rest need no string.
        file.Comments = model.CommentsMentioning("bulwark:");
        foreach (var error in model.ErrorsOrEmpty)
        {
            session.Error(file.Path, error.Position.Line, error.Position.Column, error.Message);
        }

        session.Add(model);
    }
}
