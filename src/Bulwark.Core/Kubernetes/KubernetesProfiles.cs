using Bulwark.Profiles;
using Bulwark.Rules;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>
/// Lowers a Kubernetes container to a <see cref="ContainerProfile"/>. Effective values follow the
/// API: a container securityContext field overrides the pod-level one, and a pod-level field counts
/// for every container that does not override it (ignoring that is peers' top false positive).
/// </summary>
public static class KubernetesProfiles
{
    public static ContainerProfile Build(ContainerView container)
    {
        var pod = container.Pod;
        var profile = new ContainerProfile
        {
            Surface = Surfaces.Kubernetes,
            File = pod.Owner.File,
            Object = pod.Owner.Ref,
            Name = container.Name,
            Anchor = container.Anchor,
            Kind = container.Kind,
            SupportsRequests = container.Kind != ContainerKind.Ephemeral,
            Image = Str(container.Node, "image"),
        };
        FillIdentity(profile, container.SecurityContext, pod.SecurityContext);
        FillSecurity(profile, container.SecurityContext);
        FillConfinement(profile, container, pod);
        FillResources(profile, container.Node.Mapping("resources"));
        FillHost(profile, container, pod.Spec);
        KubernetesMounts.Fill(profile, container, pod.Volumes());
        KubernetesEnv.Fill(profile, container.Node);
        return profile;
    }

    private static void FillIdentity(ContainerProfile p, YamlMapping? sc, YamlMapping? podSc)
    {
        p.RunAsUser = Effective(sc, podSc, "runAsUser", s => s.AsInt64());
        p.RunAsGroup = Effective(sc, podSc, "runAsGroup", s => s.AsInt64());
        p.RunAsNonRoot = Effective(sc, podSc, "runAsNonRoot", s => s.AsBool());
        p.FsGroup = Effective(null, podSc, "fsGroup", s => s.AsInt64());
    }

    private static void FillSecurity(ContainerProfile p, YamlMapping? sc)
    {
        p.Privileged = Typed(sc, "privileged", s => s.AsBool());
        p.ReadOnlyRootFilesystem = Typed(sc, "readOnlyRootFilesystem", s => s.AsBool());
        p.AllowPrivilegeEscalation = Typed(sc, "allowPrivilegeEscalation", s => s.AsBool());
        p.ProcMount = Str(sc, "procMount");
        var caps = sc?.Mapping("capabilities");
        p.CapAdd.AddRange(Scalars(caps?.Sequence("add")));
        p.CapDrop.AddRange(Scalars(caps?.Sequence("drop")));
    }

    private static void FillConfinement(ContainerProfile p, ContainerView c, PodTemplate pod)
    {
        p.SeccompProfile = ProfileType(c.SecurityContext?.Mapping("seccompProfile"), SettingOrigin.Container)
            ?? LegacyAnnotation(pod, "container.seccomp.security.alpha.kubernetes.io/" + c.Name, SettingOrigin.Container)
            ?? ProfileType(pod.SecurityContext?.Mapping("seccompProfile"), SettingOrigin.Pod)
            ?? LegacyAnnotation(pod, "seccomp.security.alpha.kubernetes.io/pod", SettingOrigin.Pod);
        p.AppArmorProfile = ProfileType(c.SecurityContext?.Mapping("appArmorProfile"), SettingOrigin.Container)
            ?? LegacyAnnotation(pod, "container.apparmor.security.beta.kubernetes.io/" + c.Name, SettingOrigin.Container)
            ?? ProfileType(pod.SecurityContext?.Mapping("appArmorProfile"), SettingOrigin.Pod);
    }

    private static void FillResources(ContainerProfile p, YamlMapping? resources)
    {
        var limits = resources?.Mapping("limits");
        var requests = resources?.Mapping("requests");
        p.CpuLimit = Str(limits, "cpu");
        p.MemoryLimit = Str(limits, "memory");

        // The API server defaults a missing request to the limit, so a limit alone is a request too.
        p.CpuRequest = Str(requests, "cpu") ?? p.CpuLimit;
        p.MemoryRequest = Str(requests, "memory") ?? p.MemoryLimit;
    }

    private static void FillHost(ContainerProfile p, ContainerView c, YamlMapping podSpec)
    {
        p.HostNetwork = Typed(podSpec, "hostNetwork", s => s.AsBool(), SettingOrigin.Pod);
        p.HostPid = Typed(podSpec, "hostPID", s => s.AsBool(), SettingOrigin.Pod);
        p.HostIpc = Typed(podSpec, "hostIPC", s => s.AsBool(), SettingOrigin.Pod);
        foreach (var port in c.Node.Sequence("ports")?.Mappings ?? [])
        {
            if (port.Scalar("hostPort") is { } hp && hp.AsInt64() is { } value and > 0)
            {
                p.HostPorts.Add(new Setting<int>((int)value, hp.Span));
            }
        }
    }

    /// <summary>Maps the legacy annotation values (<c>runtime/default</c>, <c>localhost/x</c>, <c>unconfined</c>) to field values.</summary>
    private static Setting<string>? LegacyAnnotation(PodTemplate pod, string key, SettingOrigin origin)
    {
        var node = pod.Annotations?.Scalar(key) ?? pod.Owner.Annotations?.Scalar(key);
        if (node is null)
        {
            return null;
        }

        var value = node.Value switch
        {
            "runtime/default" or "docker/default" => "RuntimeDefault",
            "unconfined" => "Unconfined",
            var v when v.StartsWith("localhost/", StringComparison.Ordinal) => "Localhost",
            var v => v,
        };
        return new Setting<string>(value, node.Span, origin);
    }

    private static Setting<string>? ProfileType(YamlMapping? profile, SettingOrigin origin) =>
        profile?.Scalar("type") is { IsNull: false } type ? new Setting<string>(type.Value, type.Span, origin) : null;

    private static Setting<T>? Effective<T>(YamlMapping? container, YamlMapping? pod, string key, Func<YamlScalar, T?> read)
        where T : struct =>
        Typed(container, key, read) ?? Typed(pod, key, read, SettingOrigin.Pod);

    private static Setting<T>? Typed<T>(YamlMapping? map, string key, Func<YamlScalar, T?> read, SettingOrigin origin = SettingOrigin.Container)
        where T : struct =>
        map?.Scalar(key) is { } node && read(node) is { } value ? new Setting<T>(value, node.Span, origin) : null;

    internal static Setting<string>? Str(YamlMapping? map, string key) =>
        map?.Scalar(key) is { IsNull: false } node ? new Setting<string>(node.Value, node.Span) : null;

    private static IEnumerable<Setting<string>> Scalars(YamlSequence? seq) =>
        seq?.Scalars.Select(s => new Setting<string>(s.Value, s.Span)) ?? [];
}
