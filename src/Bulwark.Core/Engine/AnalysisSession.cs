using Bulwark.Diagnostics;
using Bulwark.Rules;

namespace Bulwark.Engine;

/// <summary>
/// Everything the inputs of one scan produced: models of every kind (containers, Kubernetes objects,
/// Dockerfiles, ...), the source files and the errors. Files are parsed once into here; rules only read.
/// </summary>
public sealed class AnalysisSession
{
    private readonly Dictionary<Type, ModelList> _models = [];
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);

    public AnalysisSession(RuleOptions options)
    {
        Options = options;
    }

    public RuleOptions Options { get; }

    public List<ScanError> Errors { get; } = [];

    public IReadOnlyDictionary<string, SourceFile> Files => _files;

    public int FileCount => _files.Count;

    public void AddFile(SourceFile file) => _files[file.Path] = file;

    public void Add<T>(T model)
        where T : class => Models<T>().Add(model);

    /// <summary>All models of one type, in input order (an empty list when there are none).</summary>
    public List<T> Models<T>()
        where T : class
    {
        if (!_models.TryGetValue(typeof(T), out var list))
        {
            list = new ModelList<T>();
            _models[typeof(T)] = list;
        }

        return ((ModelList<T>)list).Items;
    }

    public void Error(string file, int line, int column, string message) =>
        Errors.Add(new ScanError(file, line, column, message));

    /// <summary>
    /// Appends what <paramref name="part"/> (a session over later inputs) holds: its files, errors and
    /// models, after this session's own, so the result is what one session over all inputs in order holds.
    /// </summary>
    public void Append(AnalysisSession part)
    {
        foreach (var (path, file) in part._files)
        {
            _files[path] = file;
        }

        Errors.AddRange(part.Errors);
        foreach (var models in part._models.Values)
        {
            models.AppendTo(this);
        }
    }

    // The models of one type; the base class lets Append copy every type's list without knowing it.
    private abstract class ModelList
    {
        public abstract void AppendTo(AnalysisSession session);
    }

    private sealed class ModelList<T> : ModelList
        where T : class
    {
        public List<T> Items { get; } = [];

        public override void AppendTo(AnalysisSession session) => session.Models<T>().AddRange(Items);
    }
}
