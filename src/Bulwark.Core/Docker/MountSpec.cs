using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Docker;

/// <summary>
/// Docker's mount syntaxes as <see cref="MountInfo"/>: the short volume syntax
/// <c>[source:]target[:options]</c> (<c>-v</c>, compose <c>volumes</c>) and <c>--tmpfs path[:options]</c>.
/// </summary>
public static class MountSpec
{
    /// <summary>
    /// The daemon mounts every tmpfs <c>noexec,nosuid,nodev</c> unless the options say otherwise
    /// (moby <c>setMounts</c>), so a bare <c>--tmpfs /tmp</c> is already noexec and nosuid.
    /// </summary>
    private static readonly (string On, string Off)[] TmpfsDefaults = [("noexec", "exec"), ("nosuid", "suid"), ("nodev", "dev")];

    public static MountInfo Volume(string spec, SourceSpan? span)
    {
        var parts = PortSpec.SplitOutsideBraces(spec.Trim());
        if (parts.Count == 1)
        {
            // An anonymous volume: only the target is given.
            return new MountInfo(new Setting<string>(parts[0], span), MountKind.Volume, null, false, [], span);
        }

        var options = parts.Count > 2 ? parts[2].Split(',') : [];
        var readOnly = options.Any(o => o is "ro" or "readonly");
        return Mount(parts[0], parts[1], readOnly, options, span);
    }

    public static MountInfo Mount(string source, string target, bool readOnly, IReadOnlyList<string> options, SourceSpan? span)
    {
        var kind = IsHostPath(source) ? MountKind.HostPath : MountKind.Volume;
        return new MountInfo(new Setting<string>(target, span), kind, new Setting<string>(source, span), readOnly, options, span);
    }

    public static MountInfo Tmpfs(string spec, SourceSpan? span)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var target = colon < 0 ? spec.Trim() : spec[..colon].Trim();
        var options = colon < 0 ? [] : spec[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return TmpfsMount(target, options, span);
    }

    public static MountInfo TmpfsMount(string target, IReadOnlyList<string> options, SourceSpan? span)
    {
        var readOnly = options.Contains("ro", StringComparer.Ordinal);
        return new MountInfo(new Setting<string>(target, span), MountKind.Tmpfs, null, readOnly, EffectiveTmpfsOptions(options), span);
    }

    /// <summary>The options the daemon really mounts with: its defaults, overridden by what the user wrote.</summary>
    public static IReadOnlyList<string> EffectiveTmpfsOptions(IReadOnlyList<string> written)
    {
        var effective = written.Where(o => !TmpfsDefaults.Any(d => d.On == o || d.Off == o)).ToList();
        foreach (var (on, off) in TmpfsDefaults)
        {
            effective.Add(written.LastOrDefault(o => o == on || o == off) ?? on);
        }

        return effective;
    }

    /// <summary>Docker treats a source that is an absolute or relative path (or <c>~</c>) as a bind mount, anything else as a named volume.</summary>
    public static bool IsHostPath(string source) =>
        source.StartsWith('/') || source.StartsWith('.') || source.StartsWith('~') || source.StartsWith('$')
        || (source.Length > 2 && source[1] == ':' && char.IsAsciiLetter(source[0]));
}
