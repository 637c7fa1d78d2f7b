using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Dockerfile;

/// <summary>A parsed Dockerfile: directives, all instructions in order, global ARGs and stages.</summary>
public sealed class DockerfileModel
{
    /// <summary>
    /// What the Dockerfile rules work out once about this model and share (its RUNs, shipped stages
    /// and external images), kept on it rather than in a weak table, whose entries cost a GC handle, a
    /// lock and a hash lookup each. A model is read by one thread at a time (a scan gives each file to
    /// one thread).
    /// </summary>
    internal object? Facts { get; set; }

    internal DockerfileModel(SourceFile file)
    {
        File = file;
    }

    public SourceFile File { get; }

    public string Path => File.Path;

    // The lists most files leave empty are made on first use.
    private List<ParserDirective>? _directives;
    private List<Instruction>? _globalArgs;
    private List<DockerfileError>? _errors;

    public List<ParserDirective> Directives => _directives ??= [];

    /// <summary><c>\</c> by default, <c>`</c> after <c># escape=`</c> (Windows images).</summary>
    public char EscapeChar { get; internal set; } = '\\';

    /// <summary>Every instruction that parsed, in file order (ONBUILD triggers are nested, not listed).</summary>
    public List<Instruction> Instructions { get; } = [];

    /// <summary>ARG instructions before the first FROM: the only variables FROM can use.</summary>
    public List<Instruction> GlobalArgs => _globalArgs ??= [];

    public List<BuildStage> Stages { get; } = [];

    /// <summary>Comment lines (1-based line, text after <c>#</c>), directives included.</summary>
    public IReadOnlyList<(int Line, string Text)> Comments => CommentsOrEmpty;

    public List<DockerfileError> Errors => _errors ??= [];

    /// <summary>The comments, without making an empty list for a file that has none.</summary>
    private IReadOnlyList<(int Line, string Text)> CommentsOrEmpty => CommentLines ?? (IReadOnlyList<(int Line, string Text)>)[];

    /// <summary>The comments whose text contains <paramref name="marker"/>.</summary>
    internal IReadOnlyList<(int Line, string Text)> CommentsMentioning(string marker) =>
        CommentLines?.Mentioning(marker) ?? (IReadOnlyList<(int Line, string Text)>)[];

    /// <summary>The comment lines; null while the parser has found none.</summary>
    internal DockerfileComments? CommentLines { get; set; }

    /// <summary>The errors, without making an empty list for a file that has none.</summary>
    internal IReadOnlyList<DockerfileError> ErrorsOrEmpty => _errors ?? (IReadOnlyList<DockerfileError>)[];

    /// <summary>The stage <c>docker build</c> produces without <c>--target</c>: the last one.</summary>
    public BuildStage? FinalStage => Stages.Count == 0 ? null : Stages[^1];

    public string? Directive(string name) => Directives.FirstOrDefault(d => d.Name == name)?.Value;

    /// <summary>The stage a <c>FROM</c> or <c>COPY --from</c> name refers to (by name, case-insensitive, or index), before <paramref name="before"/>.</summary>
    public BuildStage? FindStage(string reference, int before)
    {
        var stages = Stages.Take(before);
        if (int.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return index < before && index < Stages.Count ? Stages[index] : null;
        }

        return stages.LastOrDefault(s => string.Equals(s.Name, reference, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A <c># name=value</c> parser directive at the top of the file.</summary>
public sealed record ParserDirective(string Name, string Value, SourceSpan Span);

/// <summary>A syntax error with its position; BuildKit would refuse the file (or the instruction).</summary>
public sealed record DockerfileError(SourcePosition Position, string Message);
