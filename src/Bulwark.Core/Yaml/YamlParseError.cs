using Bulwark.Diagnostics;

namespace Bulwark.Yaml;

/// <summary>A syntax problem with the position the parser reported.</summary>
public sealed record YamlParseError(SourcePosition Position, string Message);
