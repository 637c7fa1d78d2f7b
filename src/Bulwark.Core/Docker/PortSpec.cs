using Bulwark.Diagnostics;

namespace Bulwark.Docker;

/// <summary>
/// Parses Docker's published-port syntax <c>[ip:][hostPort:]containerPort[/proto]</c> (compose short
/// syntax and <c>-p</c>), with bracketed IPv6 addresses and <c>${VAR:-default}</c> interpolation kept
/// whole, as Docker's own <c>nat.ParsePortSpec</c> splits it.
/// </summary>
public static class PortSpec
{
    public static PublishedPort Parse(string spec, SourceSpan? span)
    {
        var text = StripProtocol(spec.Trim());
        string? ip = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            ip = close > 0 ? text[..(close + 1)] : text;
            text = close > 0 && close + 2 <= text.Length ? text[(close + 2)..] : string.Empty;
        }

        var parts = SplitOutsideBraces(text);
        return parts.Count switch
        {
            1 => new PublishedPort(ip, null, parts[0], span),
            2 => new PublishedPort(ip, NullIfEmpty(parts[0]), parts[1], span),
            _ => new PublishedPort(string.Join(':', parts.Take(parts.Count - 2)), NullIfEmpty(parts[^2]), parts[^1], span),
        };
    }

    private static string StripProtocol(string text)
    {
        var slash = text.LastIndexOf('/');
        return slash > 0 && !text[slash..].Contains('}', StringComparison.Ordinal) ? text[..slash] : text;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Splits on <c>:</c> except inside <c>${...}</c>, where <c>:-</c> introduces a default.</summary>
    internal static List<string> SplitOutsideBraces(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (text[i] == ':' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
