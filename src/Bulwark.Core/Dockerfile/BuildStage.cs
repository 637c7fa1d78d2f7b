using System.Runtime.InteropServices;

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

    private Dictionary<string, KeywordGroup>? _byKeyword;
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

    /// <summary>The stage's instructions with this keyword, indexed on first use (rules ask for RUN, USER, ... many times).</summary>
    public IReadOnlyList<Instruction> InstructionsNamed(string keyword)
    {
        if (_byKeyword is null || _indexedCount != Instructions.Count)
        {
            _byKeyword = IndexByKeyword(Instructions);
            _indexedCount = Instructions.Count;
        }

        return _byKeyword.TryGetValue(keyword, out var found) ? found.Instructions : [];
    }

    /// <summary>Groups the instructions by keyword in two passes, counting first, so each group is one array of its exact size.</summary>
    private static Dictionary<string, KeywordGroup> IndexByKeyword(List<Instruction> instructions)
    {
        var byKeyword = new Dictionary<string, KeywordGroup>(StringComparer.Ordinal);
        foreach (var instruction in instructions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(byKeyword, instruction.Keyword, out _).Count++;
        }

        foreach (var instruction in instructions)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrNullRef(byKeyword, instruction.Keyword);
            group.Instructions ??= new Instruction[group.Count];
            group.Instructions[group.Filled++] = instruction;
        }

        return byKeyword;
    }

    /// <summary>The instructions of one keyword: <see cref="Count"/> of them, <see cref="Filled"/> placed so far.</summary>
    private struct KeywordGroup
    {
        public int Count;
        public int Filled;
        public Instruction[] Instructions;
    }

    public override string ToString() => $"stage {DisplayName}";
}
