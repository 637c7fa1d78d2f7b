using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>Fixed files keep their own style: line endings, indentation step, indented or indentless sequences, quoting, comments.</summary>
public sealed class YamlStyleTests
{
    private static readonly string[] FourSpaceIndentless =
    [
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "    name: web  # the front end",
        "spec:",
        "    containers:",
        "    - name: web",
        "      image: 'nginx:1.25.4'",
        "",
        "      # ports stay as they are",
        "      ports:",
        "      - containerPort: 80",
    ];

    [Fact]
    public void Four_space_indentless_files_get_four_space_indentless_additions()
    {
        var result = FixKit.Fixed(FixKit.Lines(FourSpaceIndentless), includeUnsafe: false);
        Assert.Contains("\n    securityContext:\n        seccompProfile:\n            type: RuntimeDefault\n", result, StringComparison.Ordinal);
        Assert.Contains("\n          allowPrivilegeEscalation: false\n", result, StringComparison.Ordinal);
        Assert.Contains("\n      securityContext:\n          capabilities:\n              drop:\n              - ALL\n", result, StringComparison.Ordinal);
        Assert.StartsWith(FixKit.Lines(FourSpaceIndentless)[..^1], result.Replace(Inserted(result), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_files_stay_crlf_and_everything_else_is_byte_identical()
    {
        var lf = FixKit.Lines(FourSpaceIndentless);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var result = FixKit.Fixed(crlf);
        Assert.DoesNotContain("\n", result.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(FixKit.Fixed(lf).Replace("\n", "\r\n", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Quoting_key_order_blank_lines_and_comments_survive()
    {
        var original = FixKit.Lines(FourSpaceIndentless);
        var result = FixKit.Fixed(original);
        var kept = original.Split('\n');
        var lines = result.Split('\n');
        var at = 0;
        foreach (var line in kept)
        {
            at = Array.IndexOf(lines, line, at);
            Assert.True(at >= 0, $"line lost or reordered: '{line}'");
        }

        Assert.Equal(YamlLoader.Parse(original).Comments.Select(c => c.Text), YamlLoader.Parse(result).Comments.Select(c => c.Text));
    }

    [Fact]
    public void A_file_without_a_final_newline_gets_none()
    {
        var text = FixKit.Lines(FourSpaceIndentless).TrimEnd('\n');
        var result = FixKit.Fixed(text);
        Assert.False(result.EndsWith('\n'));
        Assert.Empty(YamlLoader.Parse(result).Errors);
    }

    /// <summary>The lines the fix added (lines of the result that the original lacks), joined.</summary>
    private static string Inserted(string result)
    {
        var original = FixKit.Lines(FourSpaceIndentless).Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Concat(result.Split('\n').Where(l => !original.Contains(l)).Select(l => l + "\n"));
    }
}
