using Bulwark.PodSecurity;
using Bulwark.Yaml;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Small helpers to write test pods as YAML and evaluate them.</summary>
internal static class Pss
{
    /// <summary>A container that passes restricted at every version.</summary>
    public const string GoodContainer = "{name: app, image: x, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}";

    /// <summary>Pod-level settings that pass restricted at every version.</summary>
    public const string GoodPodContext = "securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}";

    public static string Pod(string spec, string annotations = "{}") =>
        $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {annotations}\nspec:\n{Indent(spec)}";

    /// <summary>A restricted-clean pod plus <paramref name="extraSpec"/> lines and extra containers.</summary>
    public static string RestrictedPod(string extraSpec = "", string extraContainers = "") =>
        Pod($"{GoodPodContext}\ncontainers: [{GoodContainer}{(extraContainers.Length > 0 ? ", " + extraContainers : "")}]\n{extraSpec}");

    public static PodSecurityResult Check(string policy, string yaml, PodSecurityEvaluator? evaluator = null)
    {
        var root = (YamlMapping)YamlLoader.Parse(yaml).Documents[0].Root!;
        return (evaluator ?? PodSecurityEvaluator.Default).Evaluate(Policy(policy), PodTemplates.Find(root).Single().Pod);
    }

    public static LevelVersion Policy(string text)
    {
        var parts = text.Split(':');
        Assert.True(PodSecurityLevels.TryParse(parts[0], out var level));
        Assert.True(PolicyVersion.TryParse(parts[1], out var version));
        return new LevelVersion(level, version);
    }

    public static string Checks(PodSecurityResult result) => string.Join(",", result.Violations.Select(v => v.CheckId));

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(line => "  " + line)) + "\n";
}
