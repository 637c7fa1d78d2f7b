using Bulwark.PodSecurity;
using Bulwark.Yaml;

namespace Bulwark.Bench;

/// <summary>Every fixture through the engine: read, parse, locate the pod, evaluate, compare verdict.</summary>
internal sealed class EngineRun(string root)
{
    private readonly string[] _files = Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories);

    public int WrongVerdicts() => _files.Count(file => !HasUpstreamVerdict(file));

    private bool HasUpstreamVerdict(string file)
    {
        var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        PodSecurityLevels.TryParse(parts[0], out var level);
        PolicyVersion.TryParse(parts[1], out var version);
        var document = (YamlMapping)YamlLoader.Parse(File.ReadAllText(file)).Documents[0].Root!;
        var pod = PodTemplates.Find(document).Single().Pod;
        var allowed = PodSecurityEvaluator.Default.Evaluate(new LevelVersion(level, version), pod).Allowed;
        return allowed == (parts[2] == "pass");
    }
}
