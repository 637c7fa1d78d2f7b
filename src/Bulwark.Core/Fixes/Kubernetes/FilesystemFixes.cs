using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>
/// Read-only root filesystem plus a writable /tmp: an emptyDir volume (named <c>tmp</c>, reused when the
/// pod already has an emptyDir by that name) mounted at /tmp, as the seed's quick reference does.
/// </summary>
internal static class FilesystemFixes
{
    private const string FallbackName = "bulwark-tmp";

    public static FixDraft? ReadOnlyRoot(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        if (target.Container is not { } container)
        {
            return null;
        }

        var ops = new List<FixOperation>();
        var readOnly = container.SecurityContext?["readOnlyRootFilesystem"];
        var path = target.ContainerSecurityContext.Then("readOnlyRootFilesystem");
        if (readOnly is null)
        {
            ops.Add(FixOperation.Add(path, FixValue.Bool(true)));
        }
        else if (readOnly is not YamlScalar s || s.AsBool() != true)
        {
            ops.Add(FixOperation.Replace(path, FixValue.Bool(true)));
        }

        var tmp = TmpMount(container.Node);
        if (tmp is null && !AddTmp(ops, target, options))
        {
            return null;
        }

        if (ops.Count == 0)
        {
            return null;
        }

        var title = readOnly is YamlScalar { } r && r.AsBool() == true ? "Mount a writable volume at /tmp" : "Make the root filesystem read-only and mount a writable /tmp";
        return new FixDraft(title, FixApplicability.Unsafe, ops);
    }

    private static YamlMapping? TmpMount(YamlMapping container) =>
        container.Sequence("volumeMounts")?.Mappings.FirstOrDefault(m => m.String("mountPath")?.TrimEnd('/') == "/tmp");

    private static bool AddTmp(List<FixOperation> ops, KubernetesFixTarget target, FixOptions options)
    {
        var volumes = target.Pod.Volumes();
        var name = new[] { options.TmpVolumeName, FallbackName }.FirstOrDefault(n => !volumes.TryGetValue(n, out var v) || IsEmptyDir(v));
        if (name is null)
        {
            return false;
        }

        ops.Add(FixOperation.Add(target.ContainerPath.Then("volumeMounts", FixPath.Append),
            FixValue.Map(("name", FixValue.String(name)), ("mountPath", FixValue.String("/tmp")))));
        if (!volumes.ContainsKey(name))
        {
            ops.Add(FixOperation.Add(target.PodSpec.Then("volumes", FixPath.Append),
                FixValue.Map(("name", FixValue.String(name)), ("emptyDir", FixMap.Empty))));
        }

        return true;
    }

    private static bool IsEmptyDir(YamlMapping volume) =>
        volume["emptyDir"] is not null && volume.Entries.All(e => e.KeyText is "name" or "emptyDir");
}
