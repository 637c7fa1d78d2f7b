using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Fixes.Yaml;

/// <summary>Renders fix values as block-style YAML lines in the file's own indentation style.</summary>
internal sealed partial class YamlBlockWriter(YamlTextStyle style)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    public List<string> MapEntries(FixMap map, int indent)
    {
        var lines = new List<string>();
        var pad = new string(' ', indent);
        foreach (var (key, value) in map.Entries)
        {
            switch (value)
            {
                case FixMap { Entries.Count: > 0 } child:
                    lines.Add($"{pad}{Key(key)}:");
                    lines.AddRange(MapEntries(child, indent + style.Step));
                    break;
                case FixList { Items.Count: > 0 } list:
                    lines.Add($"{pad}{Key(key)}:");
                    lines.AddRange(ListItems(list, indent + (style.IndentedSequences ? style.Step : 0), style.ItemOffset));
                    break;
                default:
                    lines.Add($"{pad}{Key(key)}: {Inline(value)}");
                    break;
            }
        }

        return lines;
    }

    public List<string> ListItems(FixList list, int dashColumn, int itemOffset)
    {
        var lines = new List<string>();
        var dash = new string(' ', dashColumn) + "-" + new string(' ', itemOffset - 1);
        foreach (var item in list.Items)
        {
            if (item is FixMap { Entries.Count: > 0 } map)
            {
                var itemLines = MapEntries(map, dashColumn + itemOffset);
                itemLines[0] = dash + itemLines[0][(dashColumn + itemOffset)..];
                lines.AddRange(itemLines);
            }
            else
            {
                lines.Add(dash + Inline(item));
            }
        }

        return lines;
    }

    /// <summary>A value on one line: scalars, and empty collections as <c>{}</c>/<c>[]</c>.</summary>
    public static string Inline(FixValue value) => value switch
    {
        FixMap { Entries.Count: 0 } => "{}",
        FixList { Items.Count: 0 } => "[]",
        FixScalar scalar => Scalar(scalar),
        _ => throw new NotSupportedException("nested sequences are not rendered"),
    };

    public static string Scalar(FixScalar scalar) => scalar.Type switch
    {
        ScalarType.Null => "null",
        ScalarType.Bool => scalar.Text.ToLowerInvariant(),
        ScalarType.Int or ScalarType.Float => scalar.Text,
        _ => scalar.Quoted || !IsPlainSafe(scalar.Text) ? Quote(scalar.Text) : scalar.Text,
    };

    private static string Key(string key) => IsPlainSafe(key) ? key : Quote(key);

    private static bool IsPlainSafe(string text) => PlainPattern().IsMatch(text) && !Reserved.Contains(text);

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_/][A-Za-z0-9_./-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPattern();
}
