using Bulwark.Engine;
using Bulwark.Kubernetes;

namespace Bulwark.Suppressions;

/// <summary>
/// Every in-source suppression of a scan, in layer order (file comments, line comments, annotations),
/// plus the malformed ones. A layer the settings forbid is not read at all: its comments or
/// annotations neither suppress nor get reported.
/// </summary>
public sealed class DirectiveSet
{
    public List<SuppressionDirective> Directives { get; } = [];

    public List<DirectiveProblem> Problems { get; } = [];

    public static DirectiveSet Collect(AnalysisSession session, SuppressionSettings settings)
    {
        var set = new DirectiveSet();
        if (settings.Inline)
        {
            foreach (var file in session.Files.Values)
            {
                CommentDirectives.Read(file, set.Directives, set.Problems);
            }
        }

        if (settings.Annotations)
        {
            foreach (var obj in session.Models<KubernetesObject>())
            {
                AnnotationDirectives.Read(obj, set.Directives, set.Problems);
            }
        }

        // Stable sort: within a layer, directives keep file order.
        var ordered = set.Directives.OrderBy(d => d.Kind).ToList();
        set.Directives.Clear();
        set.Directives.AddRange(ordered);
        return set;
    }
}
