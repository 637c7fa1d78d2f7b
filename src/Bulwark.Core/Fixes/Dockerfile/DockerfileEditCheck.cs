using Bulwark.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// Checks a fix pass on a Dockerfile: the edited text must parse, keep every stage (name and what it
/// is built on), and read instruction by instruction exactly as the old file with the edits spliced
/// into the instructions they touch (each edit's <see cref="TextEdit.Joined"/> text where the parser
/// joins lines) plus the whole instructions the edits insert. Anything else the edit changed (a
/// continuation broken, a heredoc swallowed, an instruction merged) shows up as a difference.
/// </summary>
internal static class DockerfileEditCheck
{
    /// <summary>Null when <paramref name="after"/> is what the edits meant, else what differs.</summary>
    public static string? Verify(DockerfileModel before, DockerfileModel after, IReadOnlyList<TextEdit> edits)
    {
        if (after.Errors.FirstOrDefault() is { } parseError)
        {
            return $"the edited file does not parse ({parseError.Position}: {parseError.Message})";
        }

        if (!ObjectIdentity.Of(before).SequenceEqual(ObjectIdentity.Of(after), StringComparer.Ordinal))
        {
            return "the edited file lost, renamed or rebased a stage";
        }

        var expected = Expected(before, edits, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        var actual = after.Instructions.Select(Content).ToList();
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : "(nothing)";
            var got = i < actual.Count ? actual[i] : "(nothing)";
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                return $"instruction {i + 1} should read \"{want}\" but reads \"{got}\"";
            }
        }

        return null;
    }

    /// <summary>An instruction as the parser understood it: the joined line and the heredoc bodies.</summary>
    private static string Content(Instruction instruction) =>
        string.Concat([instruction.Line.Text, .. (instruction.Trigger ?? instruction).Heredocs.Select(h => "\n<<" + h.Body.Text)]);

    private static List<string> Expected(DockerfileModel before, IReadOnlyList<TextEdit> edits, out string? problem)
    {
        problem = null;
        var placed = new List<(int Offset, int Order, string Content)>();
        var unplaced = edits.ToList();
        foreach (var instruction in before.Instructions)
        {
            var mine = unplaced.Where(e => Touches(instruction, e, before.File.Text)).ToList();
            unplaced.RemoveAll(mine.Contains);
            var parts = Parts(instruction);
            foreach (var edit in mine.OrderByDescending(e => e.Start))
            {
                problem ??= Splice(parts, edit);
            }

            placed.Add((instruction.Span.Start.Offset, 1, string.Concat([parts[0].Text, .. parts.Skip(1).Select(p => "\n<<" + p.Text)])));
        }

        foreach (var edit in unplaced)
        {
            if (!IsLineInsertion(edit, before.File.Text))
            {
                problem ??= $"an edit at offset {edit.Start} touches no instruction";
                continue;
            }

            placed.AddRange(edit.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select((l, i) => (edit.Start, 0, l)));
        }

        return [.. placed.OrderBy(p => p.Offset).ThenBy(p => p.Order).Select(p => p.Content)];
    }

    /// <summary>
    /// A pure insertion of whole lines at a line start (or after a line break it adds at the end of the
    /// file): new instructions, not part of the one before or after.
    /// </summary>
    private static bool IsLineInsertion(TextEdit edit, string text) =>
        edit.IsInsert && edit.Text.EndsWith('\n')
        && (edit.Start == 0 || text[edit.Start - 1] == '\n' || (edit.Start == text.Length && edit.Text.TrimStart('\r').StartsWith('\n')));

    private static bool Touches(Instruction instruction, TextEdit edit, string text)
    {
        var span = instruction.Span;
        var inside = edit.Start >= span.Start.Offset && edit.End <= span.End.Offset;
        return inside && !((edit.Start == span.Start.Offset || edit.Start == text.Length) && IsLineInsertion(edit, text));
    }

    /// <summary>The pieces of an instruction an edit can land in, with their text so far.</summary>
    private static List<Part> Parts(Instruction instruction) =>
        [new Part(instruction.Line), .. (instruction.Trigger ?? instruction).Heredocs.Select(h => new Part(h.Body))];

    private static string? Splice(List<Part> parts, TextEdit edit)
    {
        foreach (var part in parts)
        {
            if (part.Range(edit) is { } range)
            {
                part.Text = part.Text[..range.Start] + (edit.Joined ?? edit.Text) + part.Text[range.End..];
                return null;
            }
        }

        return $"the edit at offset {edit.Start} does not map onto one piece of its instruction";
    }

    /// <summary>A joined line or heredoc body: its source map and its expected text (edited from the end, so earlier indexes hold).</summary>
    private sealed class Part(SourceText source)
    {
        public string Text { get; set; } = source.Text;

        /// <summary>The characters an edit replaces, as indexes into the joined text; null when it lands elsewhere or straddles a line join.</summary>
        public (int Start, int End)? Range(TextEdit edit)
        {
            for (var k = 0; k <= source.Length; k++)
            {
                var startsHere = edit.IsInsert ? DockerfileText.After(source, k) == edit.Start || (k < source.Length && source.OffsetOf(k) == edit.Start)
                    : k < source.Length && source.OffsetOf(k) == edit.Start;
                if (!startsHere)
                {
                    continue;
                }

                var end = k + (edit.End - edit.Start);
                var contiguous = end <= source.Length && (edit.IsInsert || DockerfileText.After(source, end) == edit.End);
                return contiguous ? (k, end) : null;
            }

            return null;
        }
    }
}
