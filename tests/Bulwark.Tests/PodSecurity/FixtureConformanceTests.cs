using Bulwark.PodSecurity;
using Bulwark.Yaml;
using Xunit;
using Xunit.Abstractions;

namespace Bulwark.Tests.PodSecurity;

/// <summary>
/// Evaluates every upstream fixture (4537 pods, baseline and restricted, v1.0..v1.37) and checks
/// upstream's verdict, that the targeted check (or the restricted check overriding it) fails, and
/// upstream's expected error substring. Derived full messages are compared and counted, not asserted.
/// </summary>
public sealed class FixtureConformanceTests(ITestOutputHelper output)
{
    private const int FixtureCount = 4537;

    private static readonly Dictionary<string, string> RestrictedOverrides = new(StringComparer.Ordinal)
    {
        ["capabilities_baseline"] = "capabilities_restricted",
        ["hostPathVolumes"] = "restrictedVolumes",
        ["seccompProfile_baseline"] = "seccompProfile_restricted",
        ["procMount"] = "procMount_restricted",
    };

    [Fact]
    public void All_upstream_fixtures_get_upstream_verdict_check_and_message()
    {
        var fixtures = PssFixture.LoadAll();
        var mismatches = new List<string>();
        var derivedDiffs = new List<string>();
        foreach (var fixture in fixtures)
        {
            var result = Evaluate(fixture);
            mismatches.AddRange(Verify(fixture, result).Select(problem => $"{fixture.RelativePath}: {problem}"));
            if (fixture.Derived is { } row && (row.DerivedDetail != result.ForbiddenDetail || row.DerivedChecks != CheckList(result)))
            {
                derivedDiffs.Add($"{fixture.RelativePath}\n  derived: {row.DerivedDetail}\n  ours:    {result.ForbiddenDetail}");
            }
        }

        output.WriteLine($"{fixtures.Count} fixtures, {mismatches.Count} mismatches; derived messages equal: {fixtures.Count - derivedDiffs.Count}/{fixtures.Count}");
        derivedDiffs.Take(40).ToList().ForEach(output.WriteLine);
        Assert.Equal(FixtureCount, fixtures.Count);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} fixture mismatches:\n" + string.Join("\n", mismatches.Take(50)));
    }

    private static string CheckList(PodSecurityResult result) => string.Join(",", result.Violations.Select(v => v.CheckId));

    internal static PodSecurityResult Evaluate(PssFixture fixture)
    {
        var file = YamlLoader.Parse(File.ReadAllText(fixture.FullPath));
        var root = (YamlMapping)file.Documents.Single().Root!;
        var pod = PodTemplates.Find(root).Single().Pod;
        return PodSecurityEvaluator.Default.Evaluate(fixture.Policy, pod);
    }

    private static IEnumerable<string> Verify(PssFixture fixture, PodSecurityResult result)
    {
        if (result.Allowed != fixture.ShouldPass)
        {
            yield return $"expected {(fixture.ShouldPass ? "allowed" : "denied")}, got: {result.ForbiddenDetail}";
            yield break;
        }

        if (fixture.ShouldPass)
        {
            yield break;
        }

        var expectedCheck = ExpectedCheck(fixture);
        if (!result.Violations.Any(v => v.CheckId == expectedCheck))
        {
            yield return $"expected check {expectedCheck} among {string.Join(",", result.Violations.Select(v => v.CheckId))}";
        }

        var message = result.ForbiddenPodMessage(Path.GetFileNameWithoutExtension(fixture.RelativePath));
        var substring = fixture.Derived?.ExpectSubstring ?? "(missing TSV row)";
        if (!message.Contains(substring, StringComparison.Ordinal) || message.Contains("unknown forbidden reason", StringComparison.Ordinal))
        {
            yield return $"message lacks upstream substring \"{substring}\": {message}";
        }
    }

    private static string? ExpectedCheck(PssFixture fixture)
    {
        var active = PodSecurityEvaluator.Default.CheckIds(fixture.Policy);
        return fixture.CheckId is { } id && !active.Contains(id) && RestrictedOverrides.TryGetValue(id, out var over) ? over : fixture.CheckId;
    }
}
