using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// One Dockerfile instruction. Shell-form RUN/CMD/ENTRYPOINT/SHELL and the single-string instructions
/// (USER, WORKDIR, ...) have one argument holding the whole text; exec form has one per JSON element;
/// FROM, COPY, ADD, EXPOSE and VOLUME have one per whitespace-separated word; ENV, ARG and LABEL have
/// <see cref="Pairs"/>.
/// </summary>
public sealed class Instruction
{
    // The spans are worked out when asked for (most instructions are never located), from the line
    // and, when heredoc bodies follow it, the file offset where the last one ends.
    private int _heredocEnd = -1;

    internal Instruction(string keyword, SourceText line)
    {
        Keyword = keyword;
        Line = line;
    }

    /// <summary>Upper-case keyword: FROM, RUN, COPY, ...</summary>
    public string Keyword { get; }

    /// <summary>The logical line (continuations joined, comment lines dropped) with its origins.</summary>
    public SourceText Line { get; }

    /// <summary>The keyword as written (it has the length of <see cref="Keyword"/>, whatever its case).</summary>
    public SourceSpan KeywordSpan => Line.SpanOf(0, Keyword.Length);

    /// <summary>From the keyword to the end of the instruction, heredoc bodies included.</summary>
    public SourceSpan Span => _heredocEnd < 0 ? Line.Span : Line.SpanFromStartTo(_heredocEnd);

    public InstructionFlag[] Flags { get; internal set; } = [];

    public DockerWord[] Arguments { get; internal set; } = [];

    public DockerKeyValue[] Pairs { get; internal set; } = [];

    public Heredoc[] Heredocs { get; internal set; } = [];

    /// <summary>True for the JSON (exec) form: <c>RUN ["a", "b"]</c>.</summary>
    public bool IsJsonForm { get; internal set; }

    /// <summary>The instruction an ONBUILD runs in downstream builds.</summary>
    public Instruction? Trigger { get; internal set; }

    /// <summary>The stage the instruction belongs to; null for ARGs before the first FROM.</summary>
    public BuildStage? Stage { get; internal set; }

    public int StartLine => Line.StartPosition.Line;

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.Ordinal);

    public InstructionFlag? Flag(string name)
    {
        // Indexed from the end, no lambda: asked of every COPY and ADD, and a closure per call added up.
        var flags = Flags;
        for (var i = flags.Length - 1; i >= 0; i--)
        {
            if (flags[i].Name == name)
            {
                return flags[i];
            }
        }

        return null;
    }

    public IEnumerable<InstructionFlag> FlagsNamed(string name) => Flags.Where(f => f.Name == name);

    /// <summary>The shell-form command text (after the flags), or null in exec form.</summary>
    public DockerWord? ShellCommand => IsJsonForm || Arguments.Length != 1 ? null : Arguments[0];

    /// <summary>What the Dockerfile rules work out once about this instruction and share (its RunFacts); kept as <see cref="DockerfileModel.Facts"/> is.</summary>
    internal object? Facts { get; set; }

    public override string ToString() => Line.Text;

    /// <summary>Makes <see cref="Span"/> run to file offset <paramref name="end"/>, past the heredoc bodies.</summary>
    internal void ExtendTo(int end) => _heredocEnd = end;
}

/// <summary>A <c>--name=value</c> (or bare <c>--name</c>) flag before an instruction's arguments.</summary>
public sealed record InstructionFlag(string Name, string? Value, SourceSpan Span, SourceSpan? ValueSpan)
{
    /// <summary>The value after ARG/ENV substitution, for flags BuildKit expands (<c>--from</c>, <c>--platform</c>, <c>--chown</c>).</summary>
    public Expansion? Expanded { get; internal set; }

    public string? EffectiveValue => Expanded?.Value ?? Value;

    /// <summary>The value as written (quotes included), with its origin; null for a bare flag.</summary>
    public SourceText? ValueSource { get; internal init; }
}

/// <summary>A name and optional value of ENV, ARG or LABEL (<c>ARG NAME</c> has no value).</summary>
public sealed record DockerKeyValue(DockerWord Name, DockerWord? Value);

/// <summary>
/// A here-document (<c>&lt;&lt;EOF</c> ... <c>EOF</c>) attached to RUN, COPY or ADD.
/// <see cref="Body"/> is the raw content (every line with its line break), located in the file.
/// </summary>
public sealed record Heredoc(string Name, bool Expand, bool Chomp, int FileDescriptor, SourceSpan WordSpan, SourceText Body)
{
    /// <summary>The content as BuildKit uses it: leading tabs removed when written <c>&lt;&lt;-</c>.</summary>
    public string Content => Chomp ? string.Join('\n', Body.Text.Split('\n').Select(l => l.TrimStart('\t'))) : Body.Text;
}
