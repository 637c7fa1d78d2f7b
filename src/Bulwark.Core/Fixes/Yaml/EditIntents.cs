using Bulwark.Yaml;

namespace Bulwark.Fixes.Yaml;

/// <summary>One lowered piece of a fix: a text range edit, or lines to insert into a collection.</summary>
internal abstract record EditIntent;

/// <summary>Replaces or removes text. <see cref="Claim"/> is the collection whose entries it removes, if any.</summary>
internal sealed record RangeIntent(TextEdit Edit, YamlNode? Claim) : EditIntent;

/// <summary>Adds <see cref="Fragment"/> (keys of a mapping, or sequence items) at <see cref="Site"/>.</summary>
internal sealed record InsertIntent(InsertSite Site, FixValue Fragment) : EditIntent;

/// <summary>
/// Where new entries of <see cref="Parent"/> go: lines inserted at <see cref="Offset"/>, indented to
/// <see cref="Indent"/> (the key column, or a sequence's dash column), after clearing
/// <see cref="Clear"/> (an explicit <c>null</c>, <c>~</c>, <c>{}</c> or <c>[]</c> the new block replaces).
/// </summary>
internal sealed record InsertSite(YamlNode Parent, int Offset, int Indent, bool IsList, int ItemOffset, TextEdit? Clear);
