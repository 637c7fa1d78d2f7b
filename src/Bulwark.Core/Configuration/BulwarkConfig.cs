using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Rules;
using Bulwark.Suppressions;

namespace Bulwark.Configuration;

/// <summary>A severity that replaces the default of every rule a selector names (config <c>severity:</c>).</summary>
public sealed record SeverityOverride(string Selector, Severity Severity);

/// <summary>Rules whose findings are suppressed under files matching a glob (config <c>per-path-ignores:</c>).</summary>
public sealed record PathIgnore(PathGlob Glob, IReadOnlyList<string> Selectors);

/// <summary>
/// The settings of a <c>.bulwark.yaml</c>, defaults where the file says nothing. Filled by
/// <see cref="ConfigLoader"/> through <see cref="ConfigSchema"/>; globs are relative to
/// <see cref="BaseDirectory"/>, the config file's directory.
/// </summary>
public sealed class BulwarkConfig
{
    public BulwarkConfig(string? filePath, string baseDirectory)
    {
        FilePath = filePath;
        BaseDirectory = Path.GetFullPath(baseDirectory);
    }

    /// <summary>The file it was read from; null when no config file is in effect.</summary>
    public string? FilePath { get; }

    public string BaseDirectory { get; }

    public IReadOnlyList<string> Select { get; set; } = [];

    public IReadOnlyList<string> Ignore { get; set; } = [];

    public IReadOnlyList<SeverityOverride> SeverityOverrides { get; set; } = [];

    public Severity? FailOn { get; set; }

    public IReadOnlyList<PathGlob> Exclude { get; set; } = [];

    public IReadOnlyList<PathIgnore> PerPathIgnores { get; set; } = [];

    public RuleOptions Options { get; set; } = RuleOptions.Default;

    public bool InlineSuppressions { get; set; } = true;

    public bool AnnotationSuppressions { get; set; } = true;

    /// <summary>The <c>fix:</c> values other than the identity (limits, requests, image tags).</summary>
    public FixOptions FixDefaults { get; set; } = FixOptions.Default;

    /// <summary><c>fix.run-as-user</c>, when set.</summary>
    public long? FixUser { get; set; }

    /// <summary><c>fix.run-as-group</c>, when set.</summary>
    public long? FixGroup { get; set; }

    /// <summary>
    /// What <c>bulwark fix</c> writes (and <c>scan</c> announces): the <c>fix:</c> section over the
    /// defaults. A uid set here is used on every surface; the gid follows it unless set on its own.
    /// </summary>
    public FixOptions FixOptions => (FixUser, FixGroup) switch
    {
        ({ } uid, var gid) => FixDefaults.WithIdentity(uid, gid ?? uid),
        (null, { } gid) => FixDefaults with { RunAsGroup = gid, FsGroup = gid, ImageGroup = gid },
        _ => FixDefaults,
    };

    /// <summary>No file: every default, relative to the working directory.</summary>
    public static BulwarkConfig None() => new(null, Directory.GetCurrentDirectory());

    /// <summary>True when a directory walk should skip <paramref name="path"/>.</summary>
    public bool IsExcluded(string path) => Exclude.Any(g => g.Matches(path));

    /// <summary>The engine policy this config asks for, with an optional baseline (from <c>--baseline</c>).</summary>
    public ScanPolicy ToPolicy(Baseline? baseline = null) => new()
    {
        SeverityOverrides = SeverityOverrides,
        Suppressions = new SuppressionSettings
        {
            Inline = InlineSuppressions,
            Annotations = AnnotationSuppressions,
            PerPathIgnores = PerPathIgnores,
            Baseline = baseline,
        },
    };
}
