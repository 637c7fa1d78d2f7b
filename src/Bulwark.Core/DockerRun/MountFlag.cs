using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;

namespace Bulwark.DockerRun;

/// <summary>Parses <c>--mount type=bind,source=/x,target=/y,readonly</c> (CSV of key=value; <c>type</c> defaults to volume).</summary>
internal static class MountFlag
{
    public static MountInfo? Parse(string value, SourceSpan? span)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = field.Split('=', 2);
            fields[parts[0].ToLowerInvariant()] = parts.Length > 1 ? parts[1].Trim('"') : "true";
        }

        var target = Get(fields, "target", "destination", "dst");
        if (target is null)
        {
            return null;
        }

        var readOnly = Get(fields, "readonly", "ro") is { } ro && ro is not ("false" or "0");
        var source = Get(fields, "source", "src");
        return Get(fields, "type") switch
        {
            "tmpfs" => MountSpec.TmpfsMount(target, readOnly ? ["ro"] : [], span),
            "bind" => new MountInfo(new(target, span), MountKind.HostPath, source is null ? null : new(source, span), readOnly, [], span),
            _ => new MountInfo(new(target, span), MountKind.Volume, source is null ? null : new(source, span), readOnly, [], span),
        };
    }

    private static string? Get(Dictionary<string, string> fields, params string[] keys) =>
        keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
}
