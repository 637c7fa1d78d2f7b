using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>
/// Hides credentials in code frames: the source text under every secrets finding (active or
/// suppressed) is replaced by <c>*</c>, so a frame never shows more than the redacted message.
/// </summary>
internal sealed class SecretMask
{
    private readonly ILookup<string, SourceSpan> _spans;

    private SecretMask(ILookup<string, SourceSpan> spans) => _spans = spans;

    public static SecretMask From(ScanResult result) => new(result.Findings
        .Where(f => f.Location.Span is not null && ReportNames.IsSecret(f.Rule))
        .ToLookup(f => f.Location.File, f => f.Location.Span!.Value, StringComparer.Ordinal));

    /// <summary>The text of line <paramref name="number"/> with every secret span on it starred out.</summary>
    public string Apply(string file, int number, string line)
    {
        var chars = line.ToCharArray();
        foreach (var span in _spans[file].Where(s => s.Start.Line <= number && number <= s.End.Line))
        {
            var from = span.Start.Line == number ? span.Start.Column - 1 : 0;
            var to = span.End.Line == number ? span.End.Column - 1 : chars.Length;
            for (var i = Math.Max(0, from); i < Math.Min(to, chars.Length); i++)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }
}
