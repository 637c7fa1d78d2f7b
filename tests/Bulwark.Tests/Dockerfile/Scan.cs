using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Tests.Dockerfile;

/// <summary>Runs Dockerfile text through the whole engine with every rule, as <c>bulwark scan</c> does.</summary>
internal static class Scan
{
    public static ScanResult Dockerfile(params string[] lines) =>
        new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput("Dockerfile", string.Join('\n', lines) + "\n")]);

    public static ScanResult File(string path) =>
        new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan([new ScanInput(path)]);
}
