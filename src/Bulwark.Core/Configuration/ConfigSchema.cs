using Bulwark.Common;
using Bulwark.Diagnostics;

namespace Bulwark.Configuration;

/// <summary>
/// Every key of <c>.bulwark.yaml</c>: its type, its documentation and where its value goes. The loader,
/// <c>bulwark config schema</c> (docs/bulwark.schema.json) and the docs test all read this tree.
/// </summary>
public static class ConfigSchema
{
    public const string FileName = ".bulwark.yaml";

    public static readonly IReadOnlyList<string> Severities = ["low", "medium", "high", "critical"];

    public static readonly IReadOnlyList<string> PodSecurityLevels = ["privileged", "baseline", "restricted"];

    private static readonly ListType Selectors = new(new TextType(TextKind.RuleSelector));

    private static readonly ListType Strings = new(new TextType(TextKind.Text));

    // Declared before Root: static fields are initialised in text order and Root's constructor reads these.
    private static readonly IntegerType Id = new(1, int.MaxValue);

    private static readonly TextType Quantity = new(TextKind.Quantity);

    public static ObjectType Root { get; } = new(
    [
        new("select", Selectors, "Only these rules run: rule IDs, names, ID prefixes or practice keys. Default: every stable rule.", (c, v) => c.Select = ConfigValues.Strings(v)) { Example = "[K8S, runtime.non-root]" },
        new("ignore", Selectors, "These rules never run (applied after select).", (c, v) => c.Ignore = ConfigValues.Strings(v)) { Example = "[image-not-pinned-to-digest]" },
        new("severity", new MapType(TextKind.RuleSelector, new ChoiceType(Severities)), "Severity overrides: selector to severity. The most specific selector wins (ID or name, then practice key, then the longest ID prefix).", ApplySeverity) { Example = "{privileged-container: critical}" },
        new("fail-on", new ChoiceType(Severities), "Lowest severity of an active finding that makes the exit code 1. Default: low.", (c, v) => c.FailOn = ConfigValues.Severity(v)) { Example = "medium" },
        new("exclude", new ListType(new TextType(TextKind.PathGlob)), "Path globs (relative to this file) that directory scans skip. Files named on the command line are always scanned.", ApplyExclude) { Example = "[\"vendor/**\", \"**/testdata/**\"]" },
        new("per-path-ignores", new MapType(TextKind.PathGlob, Selectors), "Path glob (relative to this file) to rule selectors whose findings are suppressed in matching files.", ApplyPerPath) { Example = "{\"charts/legacy/**\": [runtime.read-only-root]}" },
        new("options", new ObjectType(OptionsProperties), "Rule inputs."),
        new("suppressions", new ObjectType(SuppressionProperties), "Which in-source suppression layers are honoured; false ignores that layer, so its findings stay active."),
        new("fix", new ObjectType(FixProperties), "Values `bulwark fix` writes (flags override them)."),
    ]);

    private static IReadOnlyList<ConfigProperty> OptionsProperties =>
    [
        new("trusted-registries", Strings, "Registries (host, or host/path prefix) images may come from; any other registry is a finding of untrusted-registry. Default: none (any registry).", (c, v) => c.Options = c.Options with { TrustedRegistries = ConfigValues.Strings(v) }) { Example = "[registry.example.com, ghcr.io/acme]" },
        new("allowed-capabilities", Strings, "Capabilities a container may add without a finding. Default: [NET_BIND_SERVICE].", (c, v) => c.Options = c.Options with { AllowedCapabilities = ConfigValues.Strings(v) }) { Example = "[NET_BIND_SERVICE]" },
        new("minimum-pod-security", new ChoiceType(PodSecurityLevels), "The Pod Security Standards level namespaces must enforce at least. Default: restricted.", (c, v) => c.Options = c.Options with { MinimumPodSecurity = (string)v }) { Example = "restricted" },
        new("secret-names", Strings, "Extra glob patterns for credential-like variable names, added to the built-in ones.", (c, v) => c.Options = c.Options with { SecretNames = ConfigValues.Strings(v) }) { Example = "[\"*_DSN\"]" },
    ];

    private static IReadOnlyList<ConfigProperty> SuppressionProperties =>
    [
        new("inline", new BoolType(), "Honour # bulwark:ignore and # bulwark:ignore-file comments. Default: true.", (c, v) => c.InlineSuppressions = (bool)v) { Example = "true" },
        new("annotations", new BoolType(), "Honour bulwark.dev/ignore annotations on Kubernetes objects. Default: true.", (c, v) => c.AnnotationSuppressions = (bool)v) { Example = "true" },
    ];

    private static IReadOnlyList<ConfigProperty> FixProperties =>
    [
        new("run-as-user", Id, "The uid the non-root fixes write: runAsUser in manifests, USER in Dockerfiles (and the gid, unless run-as-group is set). Default: 1000 in manifests (the seed's), 10001 in Dockerfiles.", (c, v) => c.FixUser = (long)v) { Example = "10001" },
        new("run-as-group", Id, "The gid the non-root fixes write: runAsGroup and fsGroup in manifests, the USER's group in Dockerfiles. Default: run-as-user.", (c, v) => c.FixGroup = (long)v) { Example = "10001" },
        new("limits", new ObjectType(
        [
            new("cpu", Quantity, "CPU limit the resource-limits fix writes. Default: 500m.", (c, v) => c.FixDefaults = c.FixDefaults with { CpuLimit = (string)v }) { Example = "500m" },
            new("memory", Quantity, "Memory limit the resource-limits fix writes. Default: 512Mi.", (c, v) => c.FixDefaults = c.FixDefaults with { MemoryLimit = (string)v }) { Example = "512Mi" },
        ]), "Resource limits the unsafe fix writes."),
        new("requests", new ObjectType(
        [
            new("cpu", Quantity, "CPU request the resource-limits fix writes. Default: 250m.", (c, v) => c.FixDefaults = c.FixDefaults with { CpuRequest = (string)v }) { Example = "250m" },
            new("memory", Quantity, "Memory request the resource-limits fix writes. Default: 256Mi.", (c, v) => c.FixDefaults = c.FixDefaults with { MemoryRequest = (string)v }) { Example = "256Mi" },
        ]), "Resource requests the unsafe fix writes."),
        new("image-tags", new MapType(TextKind.ImageName, new TextType(TextKind.ImageTag)), "Image name to the tag an untagged or :latest image is pinned to (a safe fix in Dockerfiles). Images not listed are only suggested a pin.", ApplyImageTags) { Example = "{nginx: 1.27-alpine}" },
    ];

    private static void ApplyImageTags(BulwarkConfig config, object value) =>
        config.FixDefaults = config.FixDefaults.WithImageTags(ConfigValues.Pairs(value).Select(p => new KeyValuePair<string, string>(p.Key, (string)p.Value)));

    private static void ApplySeverity(BulwarkConfig config, object value) =>
        config.SeverityOverrides = [.. ConfigValues.Pairs(value).Select(p => new SeverityOverride(p.Key, ConfigValues.Severity(p.Value)))];

    private static void ApplyExclude(BulwarkConfig config, object value) =>
        config.Exclude = [.. ConfigValues.Strings(value).Select(p => new PathGlob(p, config.BaseDirectory))];

    private static void ApplyPerPath(BulwarkConfig config, object value) =>
        config.PerPathIgnores = [.. ConfigValues.Pairs(value).Select(p => new PathIgnore(new PathGlob(p.Key, config.BaseDirectory), ConfigValues.Strings(p.Value)))];

    /// <summary>Every key path (<c>options.trusted-registries</c>), in schema order; the docs must mention each.</summary>
    public static IEnumerable<string> KeyPaths(ObjectType? type = null, string prefix = "")
    {
        foreach (var property in (type ?? Root).Properties)
        {
            yield return prefix + property.Name;
            if (property.Type is ObjectType nested)
            {
                foreach (var path in KeyPaths(nested, prefix + property.Name + "."))
                {
                    yield return path;
                }
            }
        }
    }
}
