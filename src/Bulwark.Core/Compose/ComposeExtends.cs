using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// Follows <c>extends</c> (<c>extends: base</c> or <c>extends: {service: base, file: other.yml}</c>,
/// the file relative to the file that names it) into the layers of a service. Missing files or
/// services and cycles are scan errors at the <c>extends</c> key; the chain stops there.
/// </summary>
internal sealed class ComposeExtends
{
    private readonly SourceFile _file;
    private readonly string _rootPath;
    private readonly AnalysisSession _session;
    private readonly Dictionary<string, YamlMapping?> _otherFiles = new(StringComparer.Ordinal);

    public ComposeExtends(SourceFile file, AnalysisSession session)
    {
        _file = file;
        _rootPath = Path.GetFullPath(file.Path);
        _session = session;
    }

    public List<ServiceLayer> Layers(YamlMapping services, string name, YamlMapping own)
    {
        var layers = new List<ServiceLayer> { new(own, null) };
        var visited = new HashSet<(string, string)> { (_rootPath, name) };
        var (current, path, currentServices) = (own, _rootPath, (YamlMapping?)services);
        var rootExtends = own.Find("extends")?.Key.Span;
        while (current.Find("extends") is { } extends && rootExtends is { } at)
        {
            if (Next(extends.Value, path, currentServices, at) is not { } next)
            {
                break;
            }

            if (!visited.Add((next.Path, next.Name)))
            {
                Error(at, $"extends: service \"{next.Name}\" extends itself (cycle)");
                break;
            }

            layers.Add(new ServiceLayer(next.Node, next.Path == _rootPath ? null : at));
            (current, path, currentServices) = (next.Node, next.Path, next.Services);
        }

        return layers;
    }

    private (YamlMapping Node, string Path, string Name, YamlMapping? Services)? Next(YamlNode extends, string fromPath, YamlMapping? fromServices, SourceSpan at)
    {
        var map = extends as YamlMapping;
        var name = map?.String("service") ?? (extends as YamlScalar)?.Value;
        var file = map?.String("file");
        if (string.IsNullOrEmpty(name))
        {
            Error(at, "extends: no service named");
            return null;
        }

        var path = file is null ? fromPath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromPath) ?? ".", file));
        var services = file is null ? fromServices : ServicesOf(path, at);
        if (services?.Mapping(name) is { } node)
        {
            return (node, path, name, services);
        }

        if (services is not null || file is null)
        {
            Error(at, $"extends: service \"{name}\" not found" + (file is null ? string.Empty : $" in {file}"));
        }

        return null;
    }

    private YamlMapping? ServicesOf(string path, SourceSpan at)
    {
        if (_otherFiles.TryGetValue(path, out var cached))
        {
            return cached;
        }

        YamlMapping? services = null;
        try
        {
            var parsed = YamlLoader.Parse(File.ReadAllText(path));
            services = (parsed.Documents.FirstOrDefault()?.Root as YamlMapping)?.Mapping("services");
            if (services is null)
            {
                Error(at, $"extends: {path} has no services");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error(at, $"extends: cannot read {path}: {ex.Message}");
        }

        return _otherFiles[path] = services;
    }

    private void Error(SourceSpan at, string message) => _session.Error(_file.Path, at.Start.Line, at.Start.Column, message);
}
