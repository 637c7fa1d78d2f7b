using System.Globalization;
using System.Text;

namespace Bulwark.Dockerfile;

/// <summary>
/// Reads the exec form <c>["a", "b"]</c>. Like BuildKit (which calls Go's JSON decoder), text that is
/// not a JSON array is shell form; a valid JSON array with a non-string element is an error.
/// </summary>
internal static class JsonArray
{
    public enum Outcome
    {
        NotJson,
        Strings,
        NotStringArray,
    }

    /// <summary>Element ranges [start, end) cover the quoted literal; values are the decoded strings.</summary>
    public static Outcome Parse(ReadOnlySpan<char> text, out List<(int Start, int End, string Value)> elements)
    {
        elements = [];
        var reader = new Reader(text);
        reader.SkipSpace();
        if (!reader.Take('['))
        {
            return Outcome.NotJson;
        }

        var allStrings = true;
        reader.SkipSpace();
        if (!reader.Take(']'))
        {
            do
            {
                reader.SkipSpace();
                var start = reader.Position;
                if (reader.Peek == '"')
                {
                    if (reader.ReadString() is not { } value)
                    {
                        return Outcome.NotJson;
                    }

                    elements.Add((start, reader.Position, value));
                }
                else if (!reader.SkipValue())
                {
                    return Outcome.NotJson;
                }
                else
                {
                    allStrings = false;
                }

                reader.SkipSpace();
            }
            while (reader.Take(','));

            if (!reader.Take(']'))
            {
                return Outcome.NotJson;
            }
        }

        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            return Outcome.NotJson;
        }

        return allStrings ? Outcome.Strings : Outcome.NotStringArray;
    }

    private ref struct Reader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;

        public int Position { get; private set; }

        public bool AtEnd => Position >= _text.Length;

        public char Peek => AtEnd ? '\0' : _text[Position];

        public bool Take(char c)
        {
            if (Peek != c || AtEnd)
            {
                return false;
            }

            Position++;
            return true;
        }

        public void SkipSpace()
        {
            while (!AtEnd && _text[Position] is ' ' or '\t' or '\r' or '\n')
            {
                Position++;
            }
        }

        public string? ReadString()
        {
            Position++;

            // Most elements have no escape: the characters up to the closing quote are the value.
            var rest = _text[Position..];
            var plain = rest.IndexOfAny('"', '\\');
            if (plain >= 0 && rest[plain] == '"' && !rest[..plain].ContainsAnyInRange('\0', (char)(' ' - 1)))
            {
                Position += plain + 1;
                return rest[..plain].ToString();
            }

            var value = new StringBuilder();
            while (!AtEnd)
            {
                var c = _text[Position++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c < ' ')
                {
                    return null;
                }

                if (c != '\\')
                {
                    value.Append(c);
                }
                else if (!ReadEscape(value))
                {
                    return null;
                }
            }

            return null;
        }

        private bool ReadEscape(StringBuilder value)
        {
            if (AtEnd)
            {
                return false;
            }

            var c = _text[Position++];
            switch (c)
            {
                case '"' or '\\' or '/': value.Append(c); return true;
                case 'b': value.Append('\b'); return true;
                case 'f': value.Append('\f'); return true;
                case 'n': value.Append('\n'); return true;
                case 'r': value.Append('\r'); return true;
                case 't': value.Append('\t'); return true;
                case 'u' when Position + 4 <= _text.Length
                    && int.TryParse(_text.Slice(Position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    Position += 4;
                    return true;
                default: return false;
            }
        }

        /// <summary>Skips a non-string JSON value (number, literal, array, object); false when it is not JSON.</summary>
        public bool SkipValue()
        {
            SkipSpace();
            switch (Peek)
            {
                case '"': return ReadString() is not null;
                case '[': return SkipContainer(']', withKeys: false);
                case '{': return SkipContainer('}', withKeys: true);
                default: return SkipScalar();
            }
        }

        private bool SkipContainer(char close, bool withKeys)
        {
            Position++;
            SkipSpace();
            if (Take(close))
            {
                return true;
            }

            do
            {
                SkipSpace();
                if (withKeys && !(Peek == '"' && ReadString() is not null && SkipSpaceThen(':')))
                {
                    return false;
                }

                if (!SkipValue())
                {
                    return false;
                }

                SkipSpace();
            }
            while (Take(','));

            return Take(close);
        }

        private bool SkipSpaceThen(char c)
        {
            SkipSpace();
            return Take(c);
        }

        private bool SkipScalar()
        {
            var start = Position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[Position]) || _text[Position] is '-' or '+' or '.'))
            {
                Position++;
            }

            var token = _text[start..Position];
            return token is "true" or "false" or "null"
                || double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
    }
}
