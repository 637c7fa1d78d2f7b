namespace Bulwark.PodSecurity;

/// <summary>One behaviour of a check, in force from <paramref name="MinimumMinor"/> until the next one.</summary>
internal sealed record VersionedCheck(int MinimumMinor, Func<PodView, CheckOutcome> Check, params string[] OverrideCheckIds);

/// <summary>An upstream check: its ID, level and its behaviour per policy version (oldest first).</summary>
internal abstract class PodCheck
{
    public abstract string Id { get; }

    public abstract PodSecurityLevel Level { get; }

    public abstract IReadOnlyList<VersionedCheck> Versions { get; }

    /// <summary>The behaviour in force at <paramref name="minor"/>, or null when the check did not exist yet.</summary>
    public VersionedCheck? At(int minor) => Versions.LastOrDefault(v => v.MinimumMinor <= minor);
}
