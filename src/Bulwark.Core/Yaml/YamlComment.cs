using Bulwark.Diagnostics;

namespace Bulwark.Yaml;

/// <summary>A <c># comment</c> with its span; <see cref="Text"/> excludes the leading <c>#</c>.</summary>
public sealed record YamlComment(string Text, SourceSpan Span, bool IsInline);
