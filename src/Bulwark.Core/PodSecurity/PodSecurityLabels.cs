namespace Bulwark.PodSecurity;

/// <summary>
/// Upstream's <c>api.PolicyToEvaluate</c>: turns a namespace's <c>pod-security.kubernetes.io/*</c>
/// labels into the policy per mode. Invalid values fail closed for enforce (restricted) and open for
/// audit and warn (privileged); an invalid version means latest. When enforce is set to something
/// stricter than warn and no warn label exists, warn follows enforce (library 1.26+).
/// </summary>
public static class PodSecurityLabels
{
    public const string Prefix = "pod-security.kubernetes.io/";

    public static NamespacePolicy Resolve(IReadOnlyDictionary<string, string>? labels, NamespacePolicy? defaults = null)
    {
        var policy = defaults ?? NamespacePolicy.Default;
        if (labels is null || labels.Count == 0)
        {
            return policy;
        }

        var errors = new List<string>();
        var enforce = ReadMode(labels, "enforce", policy.Enforce, PodSecurityLevel.Restricted, errors, out var enforceSet);
        var audit = ReadMode(labels, "audit", policy.Audit, PodSecurityLevel.Privileged, errors, out _);
        var warn = ReadMode(labels, "warn", policy.Warn, PodSecurityLevel.Privileged, errors, out _);
        var warnLevelSet = labels.ContainsKey(Prefix + "warn");
        if (enforceSet && !warnLevelSet && enforce.Level > warn.Level)
        {
            warn = labels.ContainsKey(Prefix + "warn-version") ? warn with { Level = enforce.Level } : enforce;
        }

        return new NamespacePolicy(enforce, audit, warn, errors);
    }

    private static LevelVersion ReadMode(
        IReadOnlyDictionary<string, string> labels,
        string mode,
        LevelVersion fallback,
        PodSecurityLevel onInvalidLevel,
        List<string> errors,
        out bool validLevelSet)
    {
        var result = fallback;
        validLevelSet = false;
        if (labels.TryGetValue(Prefix + mode, out var levelText))
        {
            validLevelSet = PodSecurityLevels.TryParse(levelText, out var level);
            result = result with { Level = validLevelSet ? level : onInvalidLevel };
            AddErrorIf(!validLevelSet, errors, Prefix + mode, levelText, "must be one of privileged, baseline, restricted");
        }

        if (labels.TryGetValue(Prefix + mode + "-version", out var versionText))
        {
            var valid = PolicyVersion.TryParse(versionText, out var version);
            result = result with { Version = version };
            AddErrorIf(!valid, errors, Prefix + mode + "-version", versionText, "must be \"latest\" or \"v1.x\"");
        }

        return result;
    }

    private static void AddErrorIf(bool condition, List<string> errors, string label, string value, string message)
    {
        if (condition)
        {
            errors.Add($"metadata.labels[{label}]: Invalid value: \"{value}\": {message}");
        }
    }
}
