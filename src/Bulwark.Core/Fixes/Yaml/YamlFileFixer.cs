using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>What one pass did to one file.</summary>
public sealed record YamlPassResult(string Text, IReadOnlyList<YamlFix> Applied, IReadOnlyList<YamlFix> Deferred, IReadOnlyList<(YamlFix Fix, string Reason)> Skipped);

/// <summary>
/// Applies path-operation fixes to one YAML file as minimal text edits, and checks the result: it must
/// parse, and every document must mean exactly the old document with the applied operations done.
/// </summary>
public sealed class YamlFileFixer
{
    private readonly YamlStreamFile _yaml;
    private readonly YamlText _text;
    private readonly YamlTextStyle _style;

    public YamlFileFixer(YamlStreamFile yaml)
    {
        _yaml = yaml;
        _text = new YamlText(yaml.Text, yaml.Comments);
        _style = YamlTextStyle.Detect(yaml.Documents.Select(d => d.Root));
    }

    /// <summary>Why <paramref name="fix"/> cannot be made in this text, or null when it can.</summary>
    public string? Refusal(YamlFix fix) => fix.Refused ?? new YamlEditLowering(_text, _style).Lower(fix.Root, fix.Operations).Failure;

    public YamlPassResult Plan(IEnumerable<YamlFix> fixes)
    {
        var lowering = new YamlEditLowering(_text, _style);
        var plan = new YamlEditPlan();
        var accepted = new Dictionary<YamlMapping, List<FixOperation>>(ReferenceEqualityComparer.Instance);
        List<YamlFix> applied = [], deferred = [];
        var skipped = new List<(YamlFix, string)>();
        foreach (var fix in fixes)
        {
            var done = accepted.GetValueOrDefault(fix.Root) ?? [];
            var remaining = fix.Operations.Where(op => !done.Any(d => d.SameAs(op))).ToList();
            var (intents, failure) = fix.Refused is null ? lowering.Lower(fix.Root, remaining) : (new List<EditIntent>(), fix.Refused);
            if (failure is not null)
            {
                skipped.Add((fix, failure));
            }
            else if (plan.TryAdd(intents))
            {
                accepted[fix.Root] = [.. done, .. remaining];
                applied.Add(fix);
            }
            else
            {
                deferred.Add(fix);
            }
        }

        var text = TextEdit.Apply(_yaml.Text, plan.Render(new YamlBlockWriter(_style), _text));
        return new YamlPassResult(text, applied, deferred, skipped);
    }

    /// <summary>Null when <paramref name="after"/> is exactly the old documents with the operations applied; else what is wrong.</summary>
    public string? Verify(YamlStreamFile after, IEnumerable<YamlFix> applied)
    {
        if (after.Errors.Count > 0)
        {
            return $"the edited file does not parse ({after.Errors[0].Position}: {after.Errors[0].Message})";
        }

        if (after.Documents.Count != _yaml.Documents.Count)
        {
            return $"the edited file has {after.Documents.Count} documents instead of {_yaml.Documents.Count}";
        }

        var expected = Expected(applied);
        for (var i = 0; i < expected.Length; i++)
        {
            if (!expected[i].SemanticEquals(SemanticTree.From(after.Documents[i].Root)))
            {
                return $"document {i + 1} does not mean what the fixes intended";
            }
        }

        return null;
    }

    private FixValue[] Expected(IEnumerable<YamlFix> applied)
    {
        var pointers = ObjectPointers.Of(_yaml);
        var trees = _yaml.Documents.Select(d => SemanticTree.From(d.Root)).ToArray();
        var done = new List<(YamlMapping Root, FixOperation Op)>();
        foreach (var fix in applied)
        {
            var (document, prefix) = pointers[fix.Root];
            foreach (var op in fix.Operations.Where(op => !done.Any(d => ReferenceEquals(d.Root, fix.Root) && d.Op.SameAs(op))))
            {
                trees[document] = JsonPatch.Apply(trees[document], JsonPatch.Lower(trees[document], [op with { Path = prefix.Concat(op.Path) }]));
                done.Add((fix.Root, op));
            }
        }

        return trees;
    }
}
