using Bulwark.Diagnostics;
using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>
/// Adds the missing CPU/memory limits and requests with the configured defaults. A missing limit
/// beside an existing request copies the request, so the limit can never be below it (the API
/// server would reject that); a missing request beside a limit is left, the API defaults it to the limit.
/// </summary>
internal static class ResourceFixes
{
    public static FixDraft? AddLimits(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        if (target.Container is not { Kind: not ContainerKind.Ephemeral } container)
        {
            return null;
        }

        var resources = container.Node.Mapping("resources");
        var path = target.ContainerPath.Then("resources");
        var ops = new List<FixOperation>();
        AddMissing(ops, resources, path, "memory", options.MemoryLimit, options.MemoryRequest);
        AddMissing(ops, resources, path, "cpu", options.CpuLimit, options.CpuRequest);
        return new FixDraft("Add resource limits and requests", FixApplicability.Unsafe, ops);
    }

    private static void AddMissing(List<FixOperation> ops, YamlMapping? resources, FixPath path, string resource, string limit, string request)
    {
        var existingLimit = resources?.Mapping("limits")?.Scalar(resource);
        var existingRequest = resources?.Mapping("requests")?.Scalar(resource);
        if (existingLimit is { IsNull: false })
        {
            return;
        }

        var limitValue = existingRequest is { IsNull: false } r ? SemanticTree.Scalar(r) : FixValue.String(limit, quoted: true);
        ops.Add(Set(path.Then("limits", resource), existingLimit, limitValue));
        if (existingRequest is null or { IsNull: true })
        {
            ops.Add(Set(path.Then("requests", resource), existingRequest, FixValue.String(request, quoted: true)));
        }
    }

    private static FixOperation Set(FixPath path, YamlScalar? existing, FixValue value) =>
        existing is null ? FixOperation.Add(path, value) : FixOperation.Replace(path, value);
}
