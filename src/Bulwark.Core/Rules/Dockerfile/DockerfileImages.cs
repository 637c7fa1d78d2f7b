using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// An external image a Dockerfile pulls: a stage's base (not <c>FROM &lt;stage&gt;</c>, not scratch) or a
/// <c>COPY --from=&lt;image&gt;</c>. IMG001–IMG003 judge these exactly as they judge container images.
/// </summary>
public sealed record DockerfileImage(DockerfileModel Model, BuildStage Stage, string Image, SourceSpan Span, string Via, string Note)
{
    public ImageReference Reference { get; } = ImageReference.Parse(Image);

    public Location Location => new(Model.Path, Span);

    public ObjectRef? Object => DockerfileRule.StageRef(Stage);

    /// <summary>"final stage base image alpine" / "COPY --from image in stage build x" plus how the name was resolved.</summary>
    public string Subject => $"{Via} {Image}{Note}";

    /// <summary>External images with a fully resolved name; unresolvable ones are DF001's.</summary>
    public static IEnumerable<DockerfileImage> All(IEnumerable<DockerfileModel> models) => models.SelectMany(Of);

    // IMG001-IMG003 each walk every model's images: found once per model and shared.
    public static IReadOnlyList<DockerfileImage> Of(DockerfileModel model) => DockerfileFacts.FactsOf(model).Images ??= [.. Find(model)];

    private static IEnumerable<DockerfileImage> Find(DockerfileModel model)
    {
        foreach (var stage in model.Stages)
        {
            if (stage.BaseStage is null && !stage.IsScratch && stage.BaseImage?.Expanded is { IsResolved: true } expanded && IsValidName(expanded.Value))
            {
                yield return new DockerfileImage(model, stage, expanded.Value, stage.BaseImage.Span, $"{Owner(model, stage)} base image", ArgNote(expanded));
            }

            foreach (var copy in stage.InstructionsNamed("COPY"))
            {
                if (CopyFromImage(model, copy) is { } image)
                {
                    yield return image;
                }
            }
        }
    }

    private static DockerfileImage? CopyFromImage(DockerfileModel model, Instruction copy)
    {
        if (copy.Flag("from") is not { Expanded: { IsResolved: true } expanded } flag || !IsValidName(expanded.Value))
        {
            return null;
        }

        // BuildKit treats a --from value that names no earlier stage as an image reference.
        var stage = copy.Stage!;
        if (model.FindStage(expanded.Value, stage.Index + 1) is not null)
        {
            return null;
        }

        return new DockerfileImage(model, stage, expanded.Value, flag.ValueSpan ?? flag.Span, $"COPY --from image in {Owner(model, stage)}", ArgNote(expanded));
    }

    /// <summary>False for what BuildKit would reject as a reference: empty, blanks, or an empty tag/digest (<c>image:</c> from an empty ARG).</summary>
    public static bool IsValidName(string image) =>
        image.Length > 0 && !HasWhiteSpace(image) && !image.EndsWith(':') && !image.EndsWith('@') && !image.Contains(":@", StringComparison.Ordinal);

    // A loop over the characters, not Any over the string: LINQ enumerated it through a boxed enumerator.
    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Owner(DockerfileModel model, BuildStage stage) =>
        stage == model.FinalStage ? "final stage" : $"stage {stage.DisplayName}";

    private static string ArgNote(Expansion expanded) =>
        expanded.HasSubstitutions ? $" (resolved through {string.Join(", ", expanded.Substitutions.Select(s => s.Source ?? s.Name).Distinct())})" : string.Empty;
}
