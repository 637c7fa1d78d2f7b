using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Kubernetes;

/// <summary>
/// Non-root identity, as the seed's quick reference writes it: runAsNonRoot, runAsUser, runAsGroup and
/// fsGroup on the pod, so every container agrees; a container's own root setting is replaced in place.
/// </summary>
internal static class IdentityFixes
{
    public static FixDraft? RunAsNonRoot(Finding finding, KubernetesFixTarget target, FixOptions options)
    {
        var ops = new List<FixOperation>();
        if (target.Container?.SecurityContext is { } container)
        {
            var path = target.ContainerSecurityContext;
            ReplaceIf(ops, container, path, "runAsUser", s => s.AsInt64() == 0, FixValue.Int(options.RunAsUser));
            ReplaceIf(ops, container, path, "runAsGroup", s => s.AsInt64() == 0, FixValue.Int(options.RunAsGroup));
            ReplaceIf(ops, container, path, "runAsNonRoot", s => s.AsBool() == false, FixValue.Bool(true));
        }

        var pod = target.Pod.SecurityContext;
        var podPath = target.PodSecurityContext;
        Ensure(ops, pod, podPath, "runAsNonRoot", s => s.AsBool() == true, FixValue.Bool(true));
        Ensure(ops, pod, podPath, "runAsUser", s => s.AsInt64() > 0, FixValue.Int(options.RunAsUser));
        Ensure(ops, pod, podPath, "runAsGroup", s => s.AsInt64() > 0, FixValue.Int(options.RunAsGroup));
        Ensure(ops, pod, podPath, "fsGroup", s => s.AsInt64() > 0, FixValue.Int(options.FsGroup));
        return new FixDraft($"Run as non-root user {options.RunAsUser}", FixApplicability.Unsafe, ops);
    }

    private static void ReplaceIf(List<FixOperation> ops, YamlMapping securityContext, FixPath path, string key, Func<YamlScalar, bool> isRoot, FixValue value)
    {
        if (securityContext.Scalar(key) is { } current && isRoot(current))
        {
            ops.Add(FixOperation.Replace(path.Then(key), value));
        }
    }

    /// <summary>Adds the pod-level key when missing, replaces it when it says root.</summary>
    private static void Ensure(List<FixOperation> ops, YamlMapping? securityContext, FixPath path, string key, Func<YamlScalar, bool> isGood, FixValue value)
    {
        var current = securityContext?[key];
        if (current is null)
        {
            ops.Add(FixOperation.Add(path.Then(key), value));
        }
        else if (current is YamlScalar scalar && !isGood(scalar))
        {
            ops.Add(FixOperation.Replace(path.Then(key), value));
        }
    }
}
