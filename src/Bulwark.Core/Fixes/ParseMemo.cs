using Bulwark.Yaml;

namespace Bulwark.Fixes;

/// <summary>
/// Remembers the parse of each text, so the fix loop's passes parse only what a pass changed. Parsed
/// trees are immutable, so sharing them between passes is safe.
/// </summary>
internal sealed class ParseMemo
{
    private readonly Dictionary<string, YamlStreamFile> _parsed = new(StringComparer.Ordinal);

    public YamlStreamFile Parse(string text)
    {
        if (!_parsed.TryGetValue(text, out var yaml))
        {
            yaml = YamlLoader.Parse(text);
            _parsed[text] = yaml;
        }

        return yaml;
    }
}
