using System.Collections;

namespace Bulwark.Dockerfile;

/// <summary>
/// A Dockerfile's comment lines as (1-based line, text after <c>#</c>, trimmed). Kept as offsets into
/// the file text, each text cut out only when read: a scan reads just the few that carry a directive
/// (see <see cref="Mentioning"/>), and a string per comment line would be most of a file's comment bytes again.
/// </summary>
public sealed class DockerfileComments : IReadOnlyList<(int Line, string Text)>
{
    private readonly string _fileText;
    private readonly List<(int Line, int Start, int Length)> _comments;

    internal DockerfileComments(string fileText, int capacity)
    {
        _fileText = fileText;
        _comments = new(capacity);
    }

    public int Count => _comments.Count;

    public (int Line, string Text) this[int index] => (_comments[index].Line, TextSpan(index).ToString());

    /// <summary>The comments whose text contains <paramref name="marker"/>, texts made for those alone.</summary>
    public IReadOnlyList<(int Line, string Text)> Mentioning(string marker)
    {
        List<(int Line, string Text)>? found = null;
        for (var i = 0; i < _comments.Count; i++)
        {
            if (TextSpan(i).Contains(marker, StringComparison.Ordinal))
            {
                (found ??= []).Add(this[i]);
            }
        }

        return found ?? (IReadOnlyList<(int Line, string Text)>)[];
    }

    public IEnumerator<(int Line, string Text)> GetEnumerator()
    {
        for (var i = 0; i < _comments.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Records the comment on 0-based line <paramref name="index"/> whose trimmed text is [start, end) of the file.</summary>
    internal void Add(int index, int start, int end) => _comments.Add((index + 1, start, end - start));

    private ReadOnlySpan<char> TextSpan(int index) => _fileText.AsSpan(_comments[index].Start, _comments[index].Length);
}
