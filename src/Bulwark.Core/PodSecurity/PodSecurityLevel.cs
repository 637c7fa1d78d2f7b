namespace Bulwark.PodSecurity;

/// <summary>The three Pod Security Standards levels, ordered from least to most restrictive.</summary>
public enum PodSecurityLevel
{
    Privileged = 0,
    Baseline = 1,
    Restricted = 2,
}

public static class PodSecurityLevels
{
    /// <summary>Parses a level name exactly as upstream's <c>api.ParseLevel</c>: lowercase only.</summary>
    public static bool TryParse(string? text, out PodSecurityLevel level)
    {
        (var ok, level) = text switch
        {
            "privileged" => (true, PodSecurityLevel.Privileged),
            "baseline" => (true, PodSecurityLevel.Baseline),
            "restricted" => (true, PodSecurityLevel.Restricted),
            _ => (false, PodSecurityLevel.Privileged),
        };
        return ok;
    }

    public static string Name(this PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Baseline => "baseline",
        PodSecurityLevel.Restricted => "restricted",
        _ => "privileged",
    };
}
