namespace Bulwark.DockerRun;

/// <summary>One flag as given: the canonical flag, its value ("true" for a bare boolean), and source offsets.</summary>
/// <param name="Start">Offset of the flag's first character (<c>-</c>).</param>
/// <param name="End">Offset just after the flag's value.</param>
/// <param name="ValueStart">Offset of the value text, or -1 when it cannot be pointed at (a bare boolean, a quoted bundle).</param>
public sealed record ParsedFlag(DockerFlag Flag, string Value, int Start, int End, int ValueStart, int ValueEnd);

/// <summary>A problem in a command line, at source offsets.</summary>
public sealed record CommandError(string Message, int Start, int End);

/// <summary>
/// A parsed <c>docker run</c> / <c>docker create</c>: the flags in order, the image and the command
/// after it. <see cref="Start"/>..<see cref="VerbEnd"/> covers <c>docker run</c> itself.
/// </summary>
public sealed class ParsedDockerRun
{
    public required string Verb { get; init; }

    public required int Start { get; init; }

    public required int VerbEnd { get; init; }

    public List<ParsedFlag> Flags { get; } = [];

    public ShellToken? Image { get; set; }

    public List<ShellToken> Arguments { get; } = [];

    public List<CommandError> Errors { get; } = [];

    public IEnumerable<ParsedFlag> All(string name) => Flags.Where(f => f.Flag.Name == name);

    public ParsedFlag? Last(string name) => Flags.LastOrDefault(f => f.Flag.Name == name);
}
