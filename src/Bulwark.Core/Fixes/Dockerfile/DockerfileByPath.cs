using System.Runtime.CompilerServices;
using Bulwark.Dockerfile;
using Bulwark.Engine;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>
/// A session's Dockerfile models by path, built once per session: the fixer looks one up for every
/// finding it is asked about (annotation asks for all of them), so a linear search would be paid per
/// finding. The first model of a path wins, for the fixer and the fix loop alike.
/// </summary>
public static class DockerfileByPath
{
    private static readonly ConditionalWeakTable<AnalysisSession, Dictionary<string, DockerfileModel>> Index = new();

    public static DockerfileModel? Find(AnalysisSession session, string file) =>
        Index.GetValue(session, Build).GetValueOrDefault(file);

    private static Dictionary<string, DockerfileModel> Build(AnalysisSession session)
    {
        var byPath = new Dictionary<string, DockerfileModel>(StringComparer.Ordinal);
        foreach (var model in session.Models<DockerfileModel>())
        {
            byPath.TryAdd(model.Path, model);
        }

        return byPath;
    }
}
