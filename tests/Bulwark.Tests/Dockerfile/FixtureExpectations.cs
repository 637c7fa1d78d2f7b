using System.Text.RegularExpressions;

namespace Bulwark.Tests.Dockerfile;

/// <summary>
/// Reads the <c># expect: RULE[, RULE]</c> comments of a fixture: each applies to the next line that is
/// neither blank nor a comment (the line the finding must start on).
/// </summary>
internal static partial class FixtureExpectations
{
    public static List<(string Rule, int Line)> Read(string[] lines)
    {
        var expected = new List<(string, int)>();
        var pending = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (Expect().Match(trimmed) is { Success: true } match)
            {
                pending.AddRange(match.Groups[1].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
            }
            else if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                expected.AddRange(pending.Select(rule => (rule, i + 1)));
                pending.Clear();
            }
        }

        return expected;
    }

    [GeneratedRegex(@"^#\s*expect:\s*(.+)$")]
    private static partial Regex Expect();
}
