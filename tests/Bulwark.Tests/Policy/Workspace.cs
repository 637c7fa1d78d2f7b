using Bulwark.Configuration;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Tests.Cli;

namespace Bulwark.Tests.Policy;

/// <summary>A temporary directory for one test (tests run in parallel, so none shares a path or the working directory).</summary>
internal sealed class Workspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("bulwark-policy").FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs the CLI in-process; every path argument should be absolute (the working directory is shared).</summary>
    public static CliRunner.Result Cli(params string[] args) => CliRunner.InProcess(args);

    /// <summary>Scans files with every rule under the given config (none: defaults).</summary>
    public ScanResult Scan(BulwarkConfig? config, params string[] files)
    {
        var policy = config?.ToPolicy() ?? ScanPolicy.Default;
        var rules = config is null ? RuleCatalog.All : RuleSelector.Filter(RuleCatalog.All, config.Select, config.Ignore);
        return new ScanEngine(rules, config?.Options ?? RuleOptions.Default, policy).Scan(files.Select(f => new ScanInput(f)));
    }

    /// <summary>Loads a config written into this workspace; fails the test on config errors.</summary>
    public BulwarkConfig Config(string yaml)
    {
        var loaded = ConfigLoader.Load(Write(ConfigSchema.FileName, yaml));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return loaded.Config!;
    }
}

/// <summary>Manifests the policy tests share.</summary>
internal static class Manifests
{
    /// <summary>A privileged pod: RT007 on line 9 (privileged: true), plus missing-setting findings on line 7 (- name: app).</summary>
    public const string PrivilegedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: registry.example.com/app:1.0
              securityContext: {privileged: true}

        """;

    public const int PrivilegedLine = 9;
    public const int ContainerLine = 7;
}
