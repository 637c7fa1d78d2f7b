using Bulwark.PodSecurity;

namespace Bulwark.Tests.PodSecurity;

/// <summary>One upstream fixture: <c>level/v1.N/pass|fail/checkidN.yaml</c>, with its TSV row.</summary>
internal sealed record PssFixture(string RelativePath, LevelVersion Policy, bool ShouldPass, string? CheckId, DerivedRow? Derived)
{
    private static readonly string[] CheckIds =
    [
        "appArmorProfile", "capabilities_baseline", "hostNamespaces", "hostPathVolumes", "hostPorts",
        "hostProbesAndHostLifecycle", "privileged", "procMount", "seLinuxOptions", "seccompProfile_baseline", "sysctls",
        "windowsHostProcess", "allowPrivilegeEscalation", "capabilities_restricted", "procMount_restricted",
        "restrictedVolumes", "runAsNonRoot", "runAsUser", "seccompProfile_restricted",
    ];

    public static string Root => TestPaths.SharedPath("fixtures", "pss");

    public static IReadOnlyList<PssFixture> LoadAll()
    {
        var derived = DerivedRow.Load(Path.Combine(Root, "EXPECTATIONS-derived.tsv"));
        return Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(rel => Parse(rel, derived.GetValueOrDefault(rel)))
            .ToList();
    }

    public string FullPath => Path.Combine(Root, RelativePath);

    private static PssFixture Parse(string relativePath, DerivedRow? derived)
    {
        var parts = relativePath.Split('/');
        if (parts.Length != 4 || !PodSecurityLevels.TryParse(parts[0], out var level) || !PolicyVersion.TryParse(parts[1], out var version))
        {
            throw new InvalidDataException("unexpected fixture path " + relativePath);
        }

        var stem = Path.GetFileNameWithoutExtension(parts[3]).TrimEnd("0123456789".ToCharArray());
        var checkId = CheckIds.FirstOrDefault(id => id.Equals(stem, StringComparison.OrdinalIgnoreCase));
        return new PssFixture(relativePath, new LevelVersion(level, version), parts[2] == "pass", checkId, derived);
    }
}

/// <summary>A row of EXPECTATIONS-derived.tsv: upstream's substring (fact) and the derived message (hint).</summary>
internal sealed record DerivedRow(string ExpectSubstring, string DerivedChecks, string DerivedDetail)
{
    public static Dictionary<string, DerivedRow> Load(string path) =>
        File.ReadLines(path)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => new DerivedRow(f[5], f[7], f[8]), StringComparer.Ordinal);
}
