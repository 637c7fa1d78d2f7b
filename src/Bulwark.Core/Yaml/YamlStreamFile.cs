namespace Bulwark.Yaml;

/// <summary>
/// The parsed form of one YAML (or JSON) text: every document that parsed, every comment, and the
/// errors. Documents before a syntax error are kept so the rest of the file can still be checked.
/// </summary>
public sealed record YamlStreamFile(
    string Text,
    IReadOnlyList<YamlDocument> Documents,
    IReadOnlyList<YamlComment> Comments,
    IReadOnlyList<YamlParseError> Errors);
