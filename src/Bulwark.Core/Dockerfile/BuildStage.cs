namespace Bulwark.Dockerfile;

/// <summary>
/// One build stage: its FROM and the instructions up to the next FROM. A stage based on another stage
/// (<c>FROM builder</c>) has <see cref="BaseStage"/> set and inherits that stage's filesystem, ENV,
/// USER, SHELL and HEALTHCHECK.
/// </summary>
public sealed class BuildStage
{
    internal BuildStage(int index, Instruction from)
    {
        Index = index;
        From = from;
    }

    private string[]? _keywords;
    private Instruction[][]? _groups;
    private int _indexedCount;

    public int Index { get; }

    public Instruction From { get; }

    /// <summary>The <c>AS name</c>, lower-cased as BuildKit does; null when unnamed.</summary>
    public string? Name { get; internal set; }

    /// <summary>The image word of the FROM (expanded with the global ARGs).</summary>
    public DockerWord? BaseImage { get; internal set; }

    /// <summary>The earlier stage this one is built on, or null for an external image or scratch.</summary>
    public BuildStage? BaseStage { get; internal set; }

    public bool IsScratch => BaseStage is null && string.Equals(BaseImage?.Value, "scratch", StringComparison.OrdinalIgnoreCase);

    /// <summary>Instructions after the FROM, in order.</summary>
    public List<Instruction> Instructions { get; } = [];

    /// <summary>The stage's name, or its index when unnamed (how <c>COPY --from</c> refers to it).</summary>
    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>This stage and the stages it is built on, nearest first. (A base stage always comes earlier in the file, so there are no cycles.)</summary>
    public IEnumerable<BuildStage> Lineage()
    {
        for (var stage = this; stage is not null; stage = stage.BaseStage)
        {
            yield return stage;
        }
    }

    /// <summary>The first stage of the lineage: the one whose FROM names an external image (or scratch).</summary>
    public BuildStage Root
    {
        get
        {
            var stage = this;
            while (stage.BaseStage is not null)
            {
                stage = stage.BaseStage;
            }

            return stage;
        }
    }

    /// <summary>The stage's instructions with this keyword, indexed on first use (rules ask for RUN, USER, ... many times); an array, so rules loop over it without an enumerator.</summary>
    public Instruction[] InstructionsNamed(string keyword)
    {
        if (_keywords is null || _indexedCount != Instructions.Count)
        {
            IndexByKeyword();
        }

        // A stage uses a handful of keywords: a linear search over them costs less than hashing (the
        // parser's keywords and the rules' are mostly the same instances: the comparison inlines to a
        // reference check first).
        var keywords = _keywords!;
        for (var i = 0; i < keywords.Length; i++)
        {
            if (string.Equals(keywords[i], keyword))
            {
                return _groups![i];
            }
        }

        return [];
    }

    // Two small arrays (keywords in order of first use, each one's instructions) instead of a
    // dictionary per stage: most stages have a dozen instructions under half a dozen keywords.
    private void IndexByKeyword()
    {
        var instructions = Instructions;
        var keywords = new string[instructions.Count];
        Span<int> group = instructions.Count <= 256 ? stackalloc int[instructions.Count] : new int[instructions.Count];
        Span<int> sizes = instructions.Count <= 256 ? stackalloc int[instructions.Count] : new int[instructions.Count];
        var distinct = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            var keyword = instructions[i].Keyword;
            var k = 0;
            while (k < distinct && !string.Equals(keywords[k], keyword))
            {
                k++;
            }

            if (k == distinct)
            {
                keywords[distinct] = keyword;
                sizes[distinct++] = 0;
            }

            group[i] = k;
            sizes[k]++;
        }

        var groups = new Instruction[distinct][];
        for (var k = 0; k < distinct; k++)
        {
            groups[k] = new Instruction[sizes[k]];
            sizes[k] = 0;
        }

        for (var i = 0; i < instructions.Count; i++)
        {
            groups[group[i]][sizes[group[i]]++] = instructions[i];
        }

        _keywords = keywords.AsSpan(0, distinct).ToArray();
        _groups = groups;
        _indexedCount = instructions.Count;
    }

    public override string ToString() => $"stage {DisplayName}";
}
