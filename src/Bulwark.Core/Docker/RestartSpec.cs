using System.Globalization;

namespace Bulwark.Docker;

/// <summary>Parses <c>no</c>, <c>always</c>, <c>unless-stopped</c>, <c>on-failure[:N]</c>; null for anything else (interpolated).</summary>
public static class RestartSpec
{
    public static RestartPolicy? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? value : value[..colon];
        var retries = colon < 0 ? 0 : int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        return name is "no" or "always" or "unless-stopped" or "on-failure" && retries >= 0 ? new RestartPolicy(name, retries) : null;
    }

    /// <summary>True when the container is restarted forever: always, unless-stopped, or on-failure without a limit.</summary>
    public static bool IsUnbounded(RestartPolicy policy) =>
        policy.Name is "always" or "unless-stopped" || (policy.Name == "on-failure" && policy.MaxRetries <= 0);
}
