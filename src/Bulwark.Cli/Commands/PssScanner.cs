using Bulwark.PodSecurity;
using Bulwark.Yaml;

namespace Bulwark.Cli.Commands;

/// <summary>A problem with the input itself (unreadable file, invalid YAML); positions are 1-based, 0 when unknown.</summary>
internal sealed record PssInputError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: error: {Message}" : $"{File}: error: {Message}";
}

/// <summary>An object holding a pod or pod template, with where it was found.</summary>
internal sealed record PssObject(string File, int Line, PodTemplateMatch Match);

/// <summary>Everything one scan found: pod-bearing objects, Namespaces by name, and input errors.</summary>
internal sealed class PssScan
{
    public List<PssObject> Objects { get; } = [];

    public Dictionary<string, NamespaceObject> Namespaces { get; } = new(StringComparer.Ordinal);

    public List<PssInputError> Errors { get; } = [];

    public static PssScan Run(IReadOnlyList<string> paths, TextReader stdin)
    {
        var scan = new PssScan();
        var sources = PssInputs.Expand(paths, stdin, scan.Errors).ToList();

        // Parsing dominates a scan and files are independent: parse in parallel, collect in order.
        var loaded = sources.AsParallel().AsOrdered().Select(source => (source, Load(source))).ToList();
        foreach (var (source, file) in loaded)
        {
            scan.Add(source, file);
        }

        return scan;
    }

    private static (YamlStreamFile? File, PssInputError? Error) Load(PssSource source)
    {
        try
        {
            return (YamlLoader.Parse(source.ReadText()), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new PssInputError(source.DisplayPath, 0, 0, ex.Message));
        }
    }

    private void Add(PssSource source, (YamlStreamFile? File, PssInputError? Error) loaded)
    {
        if (loaded.File is not { } file)
        {
            Errors.Add(loaded.Error!);
            return;
        }

        Errors.AddRange(file.Errors.Select(e => new PssInputError(source.DisplayPath, e.Position.Line, e.Position.Column, e.Message)));
        foreach (var root in file.Documents.Select(d => d.Root).OfType<YamlMapping>())
        {
            // Documents parsed before a syntax error are still judged; the error alone sets exit code 2.
            Objects.AddRange(PodTemplates.Find(root).Select(m => new PssObject(source.DisplayPath, m.Object.Span.Start.Line, m)));
            foreach (var ns in NamespaceObject.FindIn(root))
            {
                Namespaces[ns.Name] = ns;
            }
        }
    }
}
