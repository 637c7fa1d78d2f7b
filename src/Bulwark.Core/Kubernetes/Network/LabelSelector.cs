using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes.Network;

/// <summary>
/// A <c>metav1.LabelSelector</c>: <c>matchLabels</c> and <c>matchExpressions</c> ANDed together. An
/// empty selector selects everything; an invalid one (which the API server would reject) selects
/// nothing and says why in <see cref="Problem"/>.
/// </summary>
public sealed class LabelSelector
{
    private LabelSelector(IReadOnlyList<LabelRequirement> requirements, string? problem, SourceSpan? span)
    {
        Requirements = requirements;
        Problem = problem;
        Span = span;
    }

    public static LabelSelector Everything { get; } = new([], null, null);

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    public string? Problem { get; }

    public SourceSpan? Span { get; }

    public bool SelectsEverything => Problem is null && Requirements.Count == 0;

    /// <summary>
    /// Reads a selector field. Absent or YAML null gives null: for a pointer field (a peer's
    /// <c>podSelector</c>) that means "not set", and callers of non-pointer fields
    /// (<c>spec.podSelector</c>) substitute <see cref="Everything"/>, as the API's zero value does.
    /// </summary>
    public static LabelSelector? Read(YamlNode? node)
    {
        if (node is null or YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is not YamlMapping map)
        {
            return new LabelSelector([], "a label selector must be a mapping", node.Span);
        }

        var requirements = new List<LabelRequirement>();
        foreach (var entry in KubernetesLabels.InSourceOrder(map.Mapping("matchLabels")))
        {
            requirements.Add(new LabelRequirement(entry.KeyText!, SelectorOperator.Equals, [ScalarText(entry.Value)]));
        }

        string? problem = null;
        foreach (var expression in map.Sequence("matchExpressions")?.Items ?? [])
        {
            var (requirement, error) = SelectorExpression.Read(expression);
            if (requirement is not null)
            {
                requirements.Add(requirement);
            }

            problem ??= error;
        }

        return new LabelSelector(requirements, problem, map.Span);
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels) =>
        Problem is null && Requirements.All(r => r.Matches(labels));

    /// <summary>The selector in kubectl's syntax; the empty selector reads <c>{}</c>.</summary>
    public override string ToString() =>
        Problem is not null ? $"invalid selector ({Problem})"
        : Requirements.Count == 0 ? "{}"
        : string.Join(',', Requirements);

    internal static string ScalarText(YamlNode node) => node is YamlScalar { IsNull: false } s ? s.Value : string.Empty;
}
