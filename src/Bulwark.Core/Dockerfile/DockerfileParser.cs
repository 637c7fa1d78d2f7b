using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Dockerfile;

/// <summary>
/// BuildKit's Dockerfile grammar, line by line: parser directives at the top, comment lines (also
/// inside continuations), the escape character as line continuation, blank continuation lines,
/// heredoc bodies after the line that opens them. A line BuildKit would reject becomes an error and
/// the rest of the file is still parsed. <see cref="StageBuilder"/> then builds stages and substitutes variables.
/// </summary>
public sealed class DockerfileParser
{
    // The corpus averages about fifteen comment lines per file that has any.
    private const int TypicalCommentCount = 16;

    private readonly DockerfileModel _model;
    private readonly PhysicalLines _lines;
    private readonly LineIndex _index;
    private readonly DirectiveReader _directives = new();

    // Reused for every logical line: Build() copies what it keeps.
    private readonly SourceText.Builder _builder;
    private InstructionParser? _parser;
    private int _next;

    private DockerfileParser(SourceFile file)
    {
        _model = new DockerfileModel(file);
        _lines = new PhysicalLines(file.Text);
        _index = new LineIndex(_lines.LineStarts, file.Text.Length);
        _builder = new SourceText.Builder(_index);
    }

    public static DockerfileModel Parse(SourceFile file)
    {
        var parser = new DockerfileParser(file);
        parser.ReadAll();
        StageBuilder.Build(parser._model);
        return parser._model;
    }

    private string Text => _lines.Text;

    private void ReadAll()
    {
        while (_next < _lines.Count)
        {
            if (ReadLogicalLine() is { } line && ParseInstruction(line) is { } instruction)
            {
                _model.Instructions.Add(instruction);
            }
        }

        if (_model.Instructions.Count == 0 && _model.ErrorsOrEmpty.Count == 0)
        {
            Error(_index.Position(Text.Length), "file with no instructions");
        }
    }

    /// <summary>The next instruction's text, continuation lines joined; null for comment and blank lines.</summary>
    private SourceText? ReadLogicalLine()
    {
        var index = _next++;
        var end = _lines.ContentEnd(index);
        var first = _lines.FirstNonBlank(_lines.Start(index), end);
        CheckDirective(first, end);
        if (IsComment(first, end))
        {
            AddComment(index, first, end);
            return null;
        }

        if (first == end)
        {
            return null;
        }

        var builder = _builder.Clear();
        var continues = TrimContinuation(first, ref end);
        builder.Append(Text, first, end);
        while (continues && _next < _lines.Count)
        {
            continues = AppendContinuation(builder, _next++);
        }

        return builder.Build();
    }

    /// <summary>Adds one continuation line; comment and blank lines inside a continuation are skipped, as BuildKit does.</summary>
    private bool AppendContinuation(SourceText.Builder builder, int index)
    {
        var start = _lines.Start(index);
        var end = _lines.ContentEnd(index);
        var first = _lines.FirstNonBlank(start, end);
        CheckDirective(start, end);
        if (IsComment(first, end))
        {
            AddComment(index, first, end);
            return true;
        }

        if (first == end)
        {
            return true;
        }

        var continues = TrimContinuation(start, ref end);
        builder.Append(Text, start, end);
        return continues;
    }

    /// <summary>
    /// A line continues when its last non-blank character is the escape character and that is not
    /// itself escaped (BuildKit's <c>([^E])E[ \t]*$|^E[ \t]*$</c>); the escape and blanks are dropped.
    /// </summary>
    private bool TrimContinuation(int start, ref int end)
    {
        var last = end;
        while (last > start && Text[last - 1] is ' ' or '\t')
        {
            last--;
        }

        var escape = _model.EscapeChar;
        if (last > start && Text[last - 1] == escape && (last - 1 == start || Text[last - 2] != escape))
        {
            end = last - 1;
            return true;
        }

        return false;
    }

    /// <summary>A comment line: <c>#</c> is its first non-blank character.</summary>
    private bool IsComment(int first, int end) => first < end && Text[first] == '#';

    private void CheckDirective(int from, int end)
    {
        if (!_directives.Done)
        {
            ReadDirective(from, end);
        }
    }

    private void ReadDirective(int from, int end)
    {
        var directive = _directives.Read(Text, from, end, _index, _model);
        if (directive is null)
        {
            return;
        }

        _model.Directives.Add(directive);
        if (directive.Name == "escape")
        {
            _model.EscapeChar = directive.Value[0];
        }
    }

    private void AddComment(int index, int first, int end)
    {
        var start = _lines.FirstNonBlank(first + 1, end);
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        // Room for a typical file's comments; counting the '#'s left in the file to size the list exactly
        // read the rest of every file that has a comment.
        var comments = _model.CommentLines ??= new DockerfileComments(Text, Math.Min(_lines.Count - index, TypicalCommentCount));
        comments.Add(index, start, end);
    }

    private Instruction? ParseInstruction(SourceText line)
    {
        // Directives come before the first instruction, so the escape character is settled by now.
        _parser ??= new InstructionParser(_model.EscapeChar, _model);
        var instruction = _parser.Parse(line);
        var heredocHost = instruction?.Trigger ?? instruction;
        if (heredocHost is { Keyword: "RUN" or "COPY" or "ADD", IsJsonForm: false })
        {
            ReadHeredocs(instruction!, heredocHost, line);
        }

        return instruction;
    }

    private void ReadHeredocs(Instruction instruction, Instruction host, SourceText line)
    {
        if (line.Chars.IndexOf("<<", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var heredocs = new List<Heredoc>();
        foreach (var opening in HeredocReader.Find(line.Text))
        {
            if (ReadHeredocBody(opening, line) is not { } heredoc)
            {
                Error(instruction.KeywordSpan.Start, $"unterminated heredoc: no line \"{opening.Name}\" closes it");
                break;
            }

            heredocs.Add(heredoc);
        }

        host.Heredocs = [.. heredocs];
        if (heredocs.Count > 0)
        {
            instruction.ExtendTo(_lines.ContentEnd(_next - 1));
        }
    }

    /// <summary>Consumes lines up to the terminator (leading tabs ignored for <c>&lt;&lt;-</c>); null when the file ends first.</summary>
    private Heredoc? ReadHeredocBody(HeredocReader.Opening opening, SourceText line)
    {
        var bodyStart = _next < _lines.Count ? _lines.Start(_next) : Text.Length;
        while (_next < _lines.Count)
        {
            var index = _next++;
            var start = _lines.Start(index);
            var end = _lines.ContentEnd(index);
            var first = _lines.FirstNonBlank(start, end);
            if (IsComment(first, end))
            {
                // A `# bulwark:ignore` inside a RUN heredoc script suppresses like any other comment line.
                AddComment(index, first, end);
            }

            var content = Text.AsSpan(start, end - start);
            var candidate = opening.Chomp ? content.TrimStart('\t') : content;
            if (candidate.SequenceEqual(opening.Name))
            {
                var body = SourceText.Contiguous(Text, bodyStart, _lines.Start(index), _index);
                return new Heredoc(opening.Name, opening.Expand, opening.Chomp, opening.FileDescriptor, line.SpanOf(opening.Start, opening.End), body);
            }
        }

        return null;
    }

    private void Error(SourcePosition position, string message) => _model.Errors.Add(new DockerfileError(position, message));
}
