using Bulwark.Common;

namespace Bulwark.Engine;

/// <summary>One input's text. <see cref="Path"/> is as the user named it; stdin is <see cref="StdinPath"/>.</summary>
public sealed class SourceFile
{
    public const string StdinPath = "<stdin>";

    private int[]? _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>
    /// Line comments by 1-based line, for suppressions: every YAML <c>#</c> comment; of a Dockerfile's
    /// comments only those naming <c>bulwark:</c>, the only ones a directive can be in (the model keeps
    /// them all, <see cref="Dockerfile.DockerfileModel.Comments"/>).
    /// </summary>
    public IReadOnlyList<(int Line, string Text)> Comments { get; set; } = [];

    /// <summary>The parsed YAML (tree, comments, errors) when the file is YAML; fixes edit its text through it.</summary>
    public Yaml.YamlStreamFile? Yaml { get; set; }

    /// <summary>The text of a 1-based line without its line break, or empty when out of range.</summary>
    public string Line(int line)
    {
        var starts = _lineStarts ??= TextLines.Starts(Text);
        if (line < 1 || line > starts.Length)
        {
            return string.Empty;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    /// <summary>The 1-based line and column (UTF-16 code units) of a character offset into <see cref="Text"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var starts = _lineStarts ??= TextLines.Starts(Text);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }
}
