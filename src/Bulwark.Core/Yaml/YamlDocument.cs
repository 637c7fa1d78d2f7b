using Bulwark.Diagnostics;

namespace Bulwark.Yaml;

/// <summary>One document of a (possibly multi-document) YAML stream.</summary>
public sealed record YamlDocument(int Index, YamlNode? Root, SourceSpan Span);
