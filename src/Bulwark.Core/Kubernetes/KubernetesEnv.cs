using Bulwark.Profiles;
using Bulwark.Yaml;

namespace Bulwark.Kubernetes;

/// <summary>Reads <c>env</c> and <c>envFrom</c> into <see cref="EnvVarInfo"/>s.</summary>
internal static class KubernetesEnv
{
    public static void Fill(ContainerProfile profile, YamlMapping container)
    {
        foreach (var env in container.Sequence("env")?.Mappings ?? [])
        {
            if (KubernetesProfiles.Str(env, "name") is not { } name)
            {
                continue;
            }

            var from = env.Mapping("valueFrom");
            var source = from switch
            {
                null => EnvSource.Literal,
                _ when from["secretKeyRef"] is not null => EnvSource.SecretRef,
                _ when from["configMapKeyRef"] is not null => EnvSource.ConfigMapRef,
                _ when from["fieldRef"] is not null || from["resourceFieldRef"] is not null => EnvSource.FieldRef,
                _ => EnvSource.Other,
            };
            var value = source == EnvSource.Literal ? KubernetesProfiles.Str(env, "value") : null;
            profile.Env.Add(new EnvVarInfo(name, value, source));
        }

        foreach (var envFrom in container.Sequence("envFrom")?.Mappings ?? [])
        {
            if (envFrom.Mapping("secretRef") is { } secretRef)
            {
                var name = KubernetesProfiles.Str(secretRef, "name") ?? new Setting<string>("(secret)", secretRef.Span);
                profile.Env.Add(new EnvVarInfo(name, null, EnvSource.SecretEnvFrom));
            }
        }
    }
}
