using Bulwark.Diagnostics;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Compose;

/// <summary>
/// A service's <c>environment</c>, map (<c>KEY: value</c>) or list (<c>- KEY=value</c>) form, merged
/// by name across the <c>extends</c> chain. A name without a value is passed through from the shell
/// running compose (<see cref="EnvSource.Other"/>); <c>${VAR}</c> values stay as written.
/// </summary>
internal static class ComposeEnvironment
{
    public static void Fill(ContainerProfile p, ComposeService s)
    {
        var merged = new Dictionary<string, EnvVarInfo>(StringComparer.Ordinal);
        foreach (var layer in s.Layers.Reverse())
        {
            foreach (var env in Read(layer))
            {
                merged[env.Name.Value] = env;
            }
        }

        p.Env.AddRange(merged.Values);
    }

    private static IEnumerable<EnvVarInfo> Read(ServiceLayer layer)
    {
        switch (layer.Node["environment"])
        {
            case YamlMapping map:
                foreach (var entry in map.EffectiveEntries())
                {
                    var name = new Setting<string>(entry.KeyText!, layer.SpanOf(entry.Key));
                    yield return ComposeValues.Text(entry.Value) is { } value
                        ? new EnvVarInfo(name, new Setting<string>(value, layer.SpanOf(entry.Value)), EnvSource.Literal)
                        : new EnvVarInfo(name, null, EnvSource.Other);
                }

                break;
            case YamlSequence list:
                foreach (var item in list.Scalars.Where(i => !i.IsNull))
                {
                    yield return FromListItem(item, layer);
                }

                break;
        }
    }

    private static EnvVarInfo FromListItem(YamlScalar item, ServiceLayer layer)
    {
        var eq = item.Value.IndexOf('=', StringComparison.Ordinal);
        var span = layer.SpanOf(item);
        if (eq < 0)
        {
            return new EnvVarInfo(new Setting<string>(item.Value, span), null, EnvSource.Other);
        }

        var valueSpan = layer.Redirect is null ? Within(item, eq + 1) : span;
        return new EnvVarInfo(new Setting<string>(item.Value[..eq], span), new Setting<string>(item.Value[(eq + 1)..], valueSpan), EnvSource.Literal);
    }

    /// <summary>The span of the value after <c>=</c> when the item is on one line without escapes; the item's span otherwise.</summary>
    private static SourceSpan Within(YamlScalar item, int index)
    {
        var quote = item.IsPlain ? 0 : 1;
        var start = item.Span.Start;
        if (item.Span.End.Line != start.Line || item.Span.Length != item.Value.Length + (2 * quote))
        {
            return item.Span;
        }

        var at = new SourcePosition(start.Line, start.Column + quote + index, start.Offset + quote + index);
        return new SourceSpan(at, new SourcePosition(start.Line, item.Span.End.Column - quote, item.Span.End.Offset - quote));
    }
}
