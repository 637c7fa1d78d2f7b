using System.Globalization;
using System.Text;

namespace Bulwark.PodSecurity;

/// <summary>
/// Go's <c>strconv.Quote</c> (the <c>%q</c> verb), which upstream uses for annotation values in
/// AppArmor and seccomp messages; printable Unicode stays as is, everything else is escaped.
/// </summary>
internal static class GoQuote
{
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            AppendRune(sb, rune);
        }

        return sb.Append('"').ToString();
    }

    private static void AppendRune(StringBuilder sb, Rune rune)
    {
        var value = rune.Value;
        var escape = value switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\a' => "\\a",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\v' => "\\v",
            _ => null,
        };
        if (escape is not null)
        {
            sb.Append(escape);
        }
        else if (IsGoPrintable(rune))
        {
            sb.Append(rune.ToString());
        }
        else
        {
            sb.Append(NumericEscape(value));
        }
    }

    private static string NumericEscape(int value) => value switch
    {
        < ' ' or 0x7f => "\\x" + value.ToString("x2", CultureInfo.InvariantCulture),
        < 0x10000 => "\\u" + value.ToString("x4", CultureInfo.InvariantCulture),
        _ => "\\U" + value.ToString("x8", CultureInfo.InvariantCulture),
    };

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
    private static bool IsGoPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
