using Bulwark.Yaml;

namespace Bulwark.Engine;

/// <summary>Turns one parsed YAML document into models, if it is the handler's kind of document.</summary>
public interface IYamlDocumentHandler
{
    /// <summary>True when this handler owns the document (Kubernetes object, compose file, ...).</summary>
    bool Handles(YamlMapping root);

    void Load(SourceFile file, YamlDocument document, AnalysisSession session);
}

/// <summary>Handles a whole non-YAML file (Dockerfile, shell script, ...).</summary>
public interface ITextInputHandler
{
    InputKind Kind { get; }

    void Load(SourceFile file, AnalysisSession session);
}
